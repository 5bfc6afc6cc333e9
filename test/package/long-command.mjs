/**
 * The browser side of a test-runner command gives up after 20 s, and a
 * build on a busy machine takes longer. Long jobs therefore answer within
 * a few seconds either with their result or with `{pending: true}`, and the
 * test asks again (see `long-command.ts`).
 */
export async function answerWithin(job, ms = 8000) {
  let timer;
  const waiting = new Promise((resolve) => {
    timer = setTimeout(() => resolve({pending: true}), ms);
  });
  try {
    return await Promise.race([
      job.then((value) => ({pending: false, value})),
      waiting,
    ]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * What a failed child process said that matters: its error lines, or its
 * last lines when none says "error".
 */
export function failureOutput(error) {
  const lines = `${error.stdout ?? ''}\n${error.stderr ?? ''}`
    .split('\n')
    .filter((line) => line.trim());
  const errors = lines.filter((line) => /error/i.test(line));
  return (errors.length > 0 ? errors : lines.slice(-25)).join('\n');
}
