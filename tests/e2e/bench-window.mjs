// The real window, timed (issue 18): the built app driven through tauri-driver and WebKitWebDriver under Xvfb
// on a big shop file, as scripts/bench-window.sh prepares it. Prints p50/p95 per action and the app's memory.
//
// Each action is timed inside the page (performance.now()) from the click to the screen's content in the
// document (polled every millisecond: WebKit under Xvfb gives a hidden window no animation frames) and laid
// out (its layout is forced before the clock stops: a long table's layout is most of its cost), so
// WebDriver's own round trips are not counted. The cold start is timed from the app's process start (the
// kernel's clock, in 10 ms ticks) to the Dashboard drawn; also from the webview's own start, and from asking
// WebDriver for the app (which adds starting a WebKitWebDriver session).
//
// Each switch is timed ROUNDS times; the first round is each screen's first visit since launch. p95 is the
// nearest-rank percentile, and the slowest run is printed beside it. Before each action the bench waits
// SETTLE_MS (default 300 ms, about the quickest a person clicks again after seeing a screen): the window
// paints a screen after its content is laid out (the all-time Dashboard's tall chart, say), and an action
// fired a few milliseconds later would be timed with that painting in it. 0 times actions back to back.
//
// Env: LOCALLIFT_APP (the release app), LOCALLIFT_BENCH_DB (the shop file), LOCALLIFT_BENCH_NEXT_DAY (a
// 300-order export to import), LOCALLIFT_BENCH_ROUNDS (default 20), LOCALLIFT_BENCH_SETTLE_MS (default 300).
import { spawn, execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { remote } from "webdriverio";
import { waitForPort } from "./driver.mjs";

const APP = process.env.LOCALLIFT_APP;
const DB = process.env.LOCALLIFT_BENCH_DB;
const NEXT_DAY = process.env.LOCALLIFT_BENCH_NEXT_DAY;
const ROUNDS = Number(process.env.LOCALLIFT_BENCH_ROUNDS ?? 20);
const SETTLE_MS = Number(process.env.LOCALLIFT_BENCH_SETTLE_MS ?? 300);
const settle = () => new Promise((r) => setTimeout(r, SETTLE_MS));
const PORT = 4444;


function pct(values, p) {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)];
}

function report(name, values, target) {
  const line = `${name.padEnd(44)} p50 ${pct(values, 50).toFixed(0).padStart(5)} ms   p95 ${pct(values, 95).toFixed(0).padStart(5)} ms   max ${Math.max(...values).toFixed(0).padStart(5)} ms   (${values.length} runs)`;
  console.log(target ? `${line}   target ${target}` : line);
}

// Screens by their sidebar label: what shows that their content is there.
const SCREENS = [
  ["Dashboard", "[data-kpi=revenue]"],
  ["Partners", "table[aria-label='Partners'] tbody tr"],
  ["Communities", "main h1"],
  ["Campaigns", "table[aria-label='Campaigns'] tbody tr"],
  ["Import sales", "main h1"],
  ["Settings", "#shop-name"],
];

/**
 * Clicks the sidebar's `label` (none: clicks nothing, for the first Dashboard) and times, inside the page, to
 * the screen's h1 reading `title` with `ready` matching: ms since the click (or since the
 * webview started).
 */
async function drawn(browser, label, title, ready) {
  return browser.executeAsync(
    (label, title, ready, done) => {
      let t0 = 0;
      if (label) {
        const button = [...document.querySelectorAll("nav.sidebar button")].find((b) => b.textContent.includes(label));
        t0 = performance.now();
        button.click();
      }
      const check = () => {
        const h1 = document.querySelector("main h1");
        if (h1 && h1.textContent.trim() === title && document.querySelector(ready)) {
          void document.body.offsetHeight;
          done(performance.now() - t0);
        } else {
          setTimeout(check, 1);
        }
      };
      check();
    },
    label,
    title,
    ready,
  );
}

const switchTo = (browser, label, ready) => drawn(browser, label, label, ready);

/** The resident memory of the app and the WebKit processes it started, in MB. */
function memoryMb() {
  const pids = execFileSync("pgrep", ["-f", "locallift-app|WebKitWebProcess|WebKitNetworkProcess"]).toString().trim().split("\n");
  let kb = 0;
  const names = [];
  for (const pid of pids) {
    try {
      const status = readFileSync(`/proc/${pid}/status`, "utf8");
      const name = /Name:\s+(\S+)/.exec(status)?.[1] ?? "?";
      if (!/locallift|WebKit/.test(name)) continue;
      kb += Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
      names.push(name);
    } catch {
      // gone meanwhile
    }
  }
  return { mb: kb / 1024, names };
}

/** When the newest app process started, in ms since the epoch (the kernel counts in 10 ms ticks). */
function appStartedMs() {
  const pid = execFileSync("pgrep", ["-n", "-x", "locallift-app"]).toString().trim();
  const hz = Number(execFileSync("getconf", ["CLK_TCK"]).toString().trim());
  // Field 22 of /proc/PID/stat (its start, in ticks since boot), counted after the command's ") ".
  const startTicks = Number(readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1].split(" ")[22 - 3]);
  const now = Date.now();
  const uptimeS = Number(readFileSync("/proc/uptime", "utf8").split(" ")[0]);
  return now - (uptimeS - startTicks / hz) * 1000;
}

const driver = spawn("tauri-driver", ["--port", String(PORT), "--native-port", "4445"], { stdio: ["ignore", "ignore", "inherit"] });
try {
  await waitForPort(PORT, 15000);
  const launch = () =>
    remote({ hostname: "127.0.0.1", port: PORT, logLevel: "error", capabilities: { "tauri:options": { application: APP, args: ["--db", DB] } } });

  // Cold start to the first Dashboard drawn.
  const wall = [];
  const sinceLaunch = [];
  const inPage = [];
  for (let i = 0; i < 3; i++) {
    const t0 = Date.now();
    const browser = await launch();
    const sincePageStart = await drawn(browser, null, "Dashboard", SCREENS[0][1]);
    wall.push(Date.now() - t0);
    inPage.push(sincePageStart);
    const pageStart = await browser.execute(() => performance.timeOrigin);
    sinceLaunch.push(pageStart + sincePageStart - appStartedMs());
    await browser.deleteSession();
    await new Promise((r) => setTimeout(r, 1000));
  }

  const browser = await launch();
  await drawn(browser, null, "Dashboard", SCREENS[0][1]);
  const times = Object.fromEntries(SCREENS.map(([name]) => [name, []]));
  const year = [];
  for (let round = 0; round < ROUNDS; round++) {
    for (const [name, ready] of [...SCREENS.slice(1), SCREENS[0]]) {
      await settle();
      times[name].push(await switchTo(browser, name, ready));
    }
    // The Dashboard over all the generated shop's days (2020 to 2025: 200 campaigns), to its leaderboard.
    await settle();
    year.push(
      await browser.executeAsync((done) => {
        [...document.querySelectorAll("main button")].find((b) => b.textContent.trim().startsWith("Dates")).click();
        const set = () => {
          const from = document.querySelector("main input[aria-label=From]");
          const to = document.querySelector("main input[aria-label=To]");
          if (!from || !to) return setTimeout(set, 1);
          const t0 = performance.now();
          for (const [input, value] of [[from, "2020-01-01"], [to, "2025-12-31"]]) {
            input.value = value;
            input.dispatchEvent(new Event("input", { bubbles: true }));
            input.dispatchEvent(new Event("change", { bubbles: true }));
          }
          const check = () =>
            document.querySelectorAll("table[aria-label='Partner leaderboard'] tbody tr").length > 0
              ? (void document.body.offsetHeight, done(performance.now() - t0))
              : setTimeout(check, 1);
          check();
        };
        set();
      }),
    );
  }

  // A campaign's results, from the Campaigns list.
  const campaign = [];
  for (let i = 0; i < ROUNDS; i++) {
    await switchTo(browser, "Campaigns", SCREENS[3][1]);
    await settle();
    campaign.push(
      await browser.executeAsync((done) => {
        const rows = [...document.querySelectorAll("table[aria-label='Campaigns'] tbody tr")];
        const row = rows[Math.floor(rows.length / 2)];
        const t0 = performance.now();
        row.querySelector("td").click();
        const check = () =>
          document.querySelector("table[aria-label='Results by partner'] tbody tr")
            ? (void document.body.offsetHeight, done(performance.now() - t0))
            : setTimeout(check, 1);
        check();
      }),
    );
  }

  // The first Dashboard after importing the next day's orders in the window.
  let afterImport = null;
  if (NEXT_DAY) {
    await switchTo(browser, "Import sales", "main h1");
    await (await browser.$("summary=Type a file's path instead")).click();
    const input = await browser.$("#import-path");
    await browser.execute((node, v) => {
      node.value = v;
      node.dispatchEvent(new Event("input", { bubbles: true }));
    }, input, NEXT_DAY);
    await (await browser.$("button=Read it")).click();
    const go = await browser.$("button*=Import 300 orders");
    await go.waitForClickable({ timeout: 60000 });
    await go.click();
    await (await browser.$("p*=Imported: 300 new orders")).waitForExist({ timeout: 60000 });
    afterImport = await switchTo(browser, "Dashboard", SCREENS[0][1]);
  }

  const memory = memoryMb();
  await browser.deleteSession();

  console.log(`\nThe real window on ${DB} (${ROUNDS} rounds, ${SETTLE_MS} ms before each action)`);
  report("cold start: app launched to Dashboard drawn", sinceLaunch, "< 1000 ms");
  report("  of which since the webview started", inPage);
  report("  WebDriver's ask to Dashboard drawn", wall);
  for (const [name] of SCREENS) report(`switch to ${name}`, times[name], "p95 < 100 ms");
  report("Dashboard: all time (200 campaigns), to its leaderboard", year);
  report("open a campaign's results", campaign);
  if (afterImport != null) console.log(`${"first Dashboard after a 300-order import".padEnd(44)} ${afterImport.toFixed(0).padStart(9)} ms`);
  console.log(`memory: ${memory.mb.toFixed(0)} MB resident (${memory.names.join(", ")})`);
} finally {
  driver.kill();
}
