// What the end-to-end tests and the window benchmark share: waiting for tauri-driver to listen.
import net from "node:net";

/** Resolves once something listens on `port` (tauri-driver), or fails after `ms`. */
export function waitForPort(port, ms) {
  const deadline = Date.now() + ms;
  return new Promise((ok, fail) => {
    const attempt = () => {
      const socket = net.connect(port, "127.0.0.1");
      socket.once("connect", () => (socket.end(), ok()));
      socket.once("error", () => (Date.now() > deadline ? fail(new Error(`port ${port} never opened`)) : setTimeout(attempt, 200)));
    };
    attempt();
  });
}
