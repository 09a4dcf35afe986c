// Web Test Runner's built-in server commands (real mouse, keyboard and media emulation through
// Playwright), called directly: @web/test-runner-commands is not a dependency of this package.
type Payload = Record<string, unknown>;

export async function command(name: string, payload: Payload): Promise<unknown> {
  const sessionId = new URL(location.href).searchParams.get('wtr-session-id');
  // A variable specifier: the module exists only on the test runner's server, not for tsc.
  const socketModule = '/__web-dev-server__web-socket.js';
  const socket = (await import(socketModule)) as {
    sendMessageWaitForResponse(message: Payload): Promise<{ executed: boolean; result: unknown }>;
  };
  const response = await socket.sendMessageWaitForResponse({ type: 'wtr-command', sessionId, command: name, payload });
  if (!response.executed) throw new Error(`the test runner does not know the command ${name}`);
  return response.result;
}

export const emulateMedia = (media: { reducedMotion?: 'reduce' | 'no-preference'; colorScheme?: 'light' | 'dark' }) =>
  command('emulate-media', media);
export const sendKeys = (keys: { press: string } | { type: string }) => command('send-keys', keys);
export const moveMouse = (x: number, y: number) => command('send-mouse', { type: 'move', position: [Math.round(x), Math.round(y)] });
