/**
 * Korean names of the cities that name the most used time zones, for search.
 * Intl formats a zone's name but offers no city names, and browsers ship
 * without the Korean city names (Chromium says `New York 시간`), so a person
 * typing `서울` or `뉴욕` needs this list.
 *
 * Limitation: only these zones can be found by a Korean city name; the rest
 * are found by their English city, their country or their zone name.
 */
export const KOREAN_CITY_NAMES: Readonly<Record<string, string>> = {
  'Africa/Cairo': '카이로',
  'Africa/Johannesburg': '요하네스버그',
  'Africa/Lagos': '라고스',
  'Africa/Nairobi': '나이로비',
  'America/Anchorage': '앵커리지',
  'America/Argentina/Buenos_Aires': '부에노스아이레스',
  'America/Bogota': '보고타',
  'America/Chicago': '시카고',
  'America/Denver': '덴버',
  'America/Halifax': '핼리팩스',
  'America/Lima': '리마',
  'America/Los_Angeles': '로스앤젤레스',
  'America/Mexico_City': '멕시코시티',
  'America/New_York': '뉴욕',
  'America/Phoenix': '피닉스',
  'America/Santiago': '산티아고',
  'America/Sao_Paulo': '상파울루',
  'America/Toronto': '토론토',
  'America/Vancouver': '밴쿠버',
  'Asia/Bangkok': '방콕',
  'Asia/Dhaka': '다카',
  'Asia/Dubai': '두바이',
  'Asia/Ho_Chi_Minh': '호찌민',
  'Asia/Hong_Kong': '홍콩',
  'Asia/Jakarta': '자카르타',
  'Asia/Jerusalem': '예루살렘',
  'Asia/Karachi': '카라치',
  'Asia/Kathmandu': '카트만두',
  'Asia/Kolkata': '콜카타',
  'Asia/Kuala_Lumpur': '쿠알라룸푸르',
  'Asia/Manila': '마닐라',
  'Asia/Riyadh': '리야드',
  'Asia/Seoul': '서울',
  'Asia/Shanghai': '상하이',
  'Asia/Singapore': '싱가포르',
  'Asia/Taipei': '타이베이',
  'Asia/Tehran': '테헤란',
  'Asia/Tokyo': '도쿄',
  'Asia/Ulaanbaatar': '울란바토르',
  'Asia/Vladivostok': '블라디보스토크',
  'Asia/Yangon': '양곤',
  'Atlantic/Reykjavik': '레이캬비크',
  'Australia/Adelaide': '애들레이드',
  'Australia/Brisbane': '브리즈번',
  'Australia/Melbourne': '멜버른',
  'Australia/Perth': '퍼스',
  'Australia/Sydney': '시드니',
  'Europe/Amsterdam': '암스테르담',
  'Europe/Athens': '아테네',
  'Europe/Berlin': '베를린',
  'Europe/Dublin': '더블린',
  'Europe/Istanbul': '이스탄불',
  'Europe/Kyiv': '키이우',
  'Europe/Lisbon': '리스본',
  'Europe/London': '런던',
  'Europe/Madrid': '마드리드',
  'Europe/Moscow': '모스크바',
  'Europe/Paris': '파리',
  'Europe/Rome': '로마',
  'Europe/Stockholm': '스톡홀름',
  'Europe/Warsaw': '바르샤바',
  'Europe/Zurich': '취리히',
  'Pacific/Auckland': '오클랜드',
  'Pacific/Guam': '괌',
  'Pacific/Honolulu': '호놀룰루',
};

/**
 * Names that CLDR gave some zones in other releases, so a person finds the
 * zone by the name they know whatever data their browser carries (older
 * data says `대한민국 표준시` and `GMT`).
 */
export const OTHER_ZONE_NAMES: Readonly<Record<string, readonly string[]>> = {
  'Asia/Seoul': ['한국 표준시', '대한민국 표준시'],
  UTC: ['Coordinated Universal Time', '협정 세계시'],
};
