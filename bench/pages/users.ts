/** The portal users both flavours offer as alert contacts. */
export const PORTAL_USERS = [
  {email: 'minjun.kim@bareun.example', name: '김민준'},
  {email: 'seoyeon.lee@bareun.example', name: '이서연'},
  {email: 'jihoon.park@bareun.example', name: '박지훈'},
];
