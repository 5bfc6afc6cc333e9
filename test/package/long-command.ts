import {executeServerCommand} from '@web/test-runner-commands';

type Answer<T> = {pending: true} | {pending: false; value: T};

/**
 * Runs a server command that may take longer than the test runner lets one
 * command take, by asking again while it answers that it is pending.
 */
export async function longCommand<T, P = undefined>(
  command: string,
  payload?: P
): Promise<T> {
  for (;;) {
    const answer = await executeServerCommand<Answer<T>, P | undefined>(
      command,
      payload
    );
    if (!answer.pending) return answer.value;
  }
}
