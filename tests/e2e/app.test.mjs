// End-to-end tests of the real LocalLift app: the built binary, driven through tauri-driver and
// WebKitWebDriver (run under Xvfb by scripts/test.sh). Each test gets its own shop file.
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { after, before, test } from "node:test";
import { fileURLToPath } from "node:url";
import { remote } from "webdriverio";
import { waitForPort } from "./driver.mjs";
import { words } from "./words.mjs";

const here = dirname(fileURLToPath(import.meta.url));
const APP = resolve(process.env.LOCALLIFT_APP ?? join(here, "../../target/debug/locallift-app"));
const SHOTS = join(here, "screenshots");
const PORT = 4444;
let driver;


before(async () => {
  mkdirSync(SHOTS, { recursive: true });
  // LOCALLIFT_E2E_THEME=dark draws the app dark (GTK's dark variant, which the webview's
  // prefers-color-scheme follows): scripts/screenshots.sh takes every screen in both themes.
  const env = process.env.LOCALLIFT_E2E_THEME === "dark" ? { ...process.env, GTK_THEME: "Adwaita:dark" } : process.env;
  driver = spawn("tauri-driver", ["--port", String(PORT), "--native-port", "4445"], { stdio: ["ignore", "inherit", "inherit"], env });
  await waitForPort(PORT, 15000);
});

after(() => driver?.kill());

/** Starts the app on `db` and returns a WebDriver session; closing the session quits the app. */
/**
 * Fills in the native (GTK) save dialog titled `title` with `path` and presses Enter, as a person types a
 * file name: the dialog is outside the webview, so it is driven through X with xdotool.
 */
async function answerSaveDialog(title, path) {
  const { execFileSync } = await import("node:child_process");
  let window = "";
  for (let i = 0; i < 100 && !window; i++) {
    try {
      window = execFileSync("xdotool", ["search", "--name", title]).toString().trim().split("\n")[0];
    } catch {
      await new Promise((r) => setTimeout(r, 200));
    }
  }
  assert.ok(window, `a save dialog titled “${title}” opened`);
  await new Promise((r) => setTimeout(r, 500));
  execFileSync("xdotool", ["windowfocus", "--sync", window]);
  execFileSync("xdotool", ["key", "--clearmodifiers", "ctrl+a"]);
  execFileSync("xdotool", ["type", "--delay", "15", path]);
  execFileSync("xdotool", ["key", "Return"]);
}

/**
 * Answers the native (GTK) open dialog titled `title` with `path`: Ctrl+L opens its location field, where a
 * person types a path, then Enter.
 */
async function answerOpenDialog(title, path) {
  const { execFileSync } = await import("node:child_process");
  let window = "";
  for (let i = 0; i < 100 && !window; i++) {
    try {
      window = execFileSync("xdotool", ["search", "--onlyvisible", "--name", title]).toString().trim().split("\n")[0];
    } catch {
      await new Promise((r) => setTimeout(r, 200));
    }
  }
  assert.ok(window, `an open dialog titled “${title}” opened`);
  await new Promise((r) => setTimeout(r, 800));
  execFileSync("xdotool", ["windowfocus", "--sync", window]);
  execFileSync("xdotool", ["key", "--clearmodifiers", "ctrl+l"]);
  await new Promise((r) => setTimeout(r, 300));
  execFileSync("xdotool", ["type", "--delay", "15", path]);
  // The location field completes names as they are typed: let it settle, then open.
  await new Promise((r) => setTimeout(r, 700));
  execFileSync("xdotool", ["key", "Return"]);
  for (let i = 0; i < 25; i++) {
    await new Promise((r) => setTimeout(r, 200));
    try {
      execFileSync("xdotool", ["search", "--onlyvisible", "--name", title]);
    } catch {
      return; // the dialog closed with the file chosen
    }
  }
  console.log(`the open dialog “${title}” is still open after Enter`);
}

async function launch(db) {
  const browser = await remote({
    hostname: "127.0.0.1",
    port: PORT,
    logLevel: "warn",
    capabilities: { "tauri:options": { application: APP, args: ["--db", db] } },
  });
  await browser.setTimeout({ implicit: 0 });
  return browser;
}

/** Sets an input's value the way a person's typing does for Svelte (input + change events). */
async function fill(browser, selector, value) {
  const el = await browser.$(selector);
  await el.waitForExist({ timeout: 10000 });
  await browser.execute(
    (node, v) => {
      node.focus();
      node.value = v;
      node.dispatchEvent(new Event("input", { bubbles: true }));
      node.dispatchEvent(new Event("change", { bubbles: true }));
    },
    el,
    value,
  );
}

async function click(browser, selector) {
  const el = await browser.$(selector);
  await el.waitForClickable({ timeout: 10000 });
  await el.click();
}

/** Clicks `selector` (text selectors allowed) inside the element `scope` (a CSS selector). */
async function clickIn(browser, scope, selector) {
  const el = await (await browser.$(scope)).$(selector);
  await el.waitForClickable({ timeout: 10000 });
  await el.click();
}

async function textOf(browser, selector) {
  const el = await browser.$(selector);
  await el.waitForExist({ timeout: 10000 });
  return el.getText();
}

/** Waits until `selector` matches `n` elements (screens load their data asynchronously). */
async function expectCount(browser, selector, n, message) {
  await browser
    .waitUntil(async () => (await browser.$$(selector)).length === n, { timeout: 10000 })
    .catch(() => {});
  assert.equal((await browser.$$(selector)).length, n, message);
}

async function shot(browser, name) {
  await browser.pause(300); // the frame after a change can lag one paint behind
  await browser.saveScreenshot(join(SHOTS, `${name}.png`));
}

function newShopFile() {
  const dir = mkdtempSync(join(tmpdir(), "locallift-e2e-"));
  return { dir, db: join(dir, "shop.sqlite") };
}

const FIXTURES = resolve(here, "../fixtures");

/** First start: sets up the owner's shop through the welcome screen. */
async function setUpShop(browser, currency = "USD") {
  await click(browser, "button*=Set up my shop");
  await fill(browser, "#shop-name", "Fern & Fable");
  await fill(browser, "#shop-currency", currency);
  await fill(browser, "#shop-tz", "America/New_York");
  await fill(browser, "#shop-margin", "55");
  await click(browser, "button=Save shop settings");
  await (await browser.$("h2=No partners yet")).waitForExist({ timeout: 10000 });
}

const NAME = `<script>window.__pwned = 1</script> Maya <b>Okafor</b> & "Co"`;

test("a partner with two accounts and a campaign with a code survive a restart; names stay text", async () => {
  const { dir, db } = newShopFile();
  let browser = await launch(db);
  try {
    await setUpShop(browser);

    // A partner whose name looks like markup, with two social accounts.
    await click(browser, "button=New partner");
    await fill(browser, "#p-name", NAME);
    await fill(browser, "#p-city", "Portland");
    await fill(browser, "#a-handle-0", "@maya.grows");
    await fill(browser, "#a-followers-0", "8400");
    await click(browser, "button=+ Add another account");
    await fill(browser, "#a-platform-1", "tiktok");
    await fill(browser, "#a-handle-1", "mayagrows");
    await fill(browser, "#a-followers-1", "2100");
    await click(browser, "button=Add partner");

    const heading = await textOf(browser, "main h1");
    assert.equal(heading, NAME, "the name is shown exactly, as text");
    assert.equal(await browser.execute(() => window.__pwned), null, "no script from user text ran");
    assert.equal(await browser.execute(() => document.querySelectorAll("main b, main script").length), 0, "no markup was created");
    await expectCount(browser, "table[aria-label='Social accounts'] tbody tr", 2, "two accounts on the profile");
    await shot(browser, "partner-profile");

    // A validation error appears beside its field: a campaign that ends before it starts.
    await click(browser, "button*=Campaigns");
    await click(browser, "button=New campaign");
    await fill(browser, "#cg-name", "Spring repotting week");
    await fill(browser, "#cg-start", "2026-04-19");
    await fill(browser, "#cg-end", "2026-04-06");
    await click(browser, "button=Create campaign");
    assert.match(await textOf(browser, "#cg-end-error"), /ends before it starts/);
    await shot(browser, "campaign-validation");
    await fill(browser, "#cg-start", "2026-04-06");
    await fill(browser, "#cg-end", "2026-04-19");
    await click(browser, "button=Create campaign");
    await (await browser.$("h1=Spring repotting week")).waitForExist({ timeout: 10000 });

    // The partner joins with a promo code.
    await click(browser, "button=Add partner or community");
    const member = await browser.$("#cp-member");
    await member.waitForExist({ timeout: 10000 });
    await browser.waitUntil(async () => (await browser.$$("#cp-member option")).length > 1, { timeout: 10000 });
    const value = await browser.execute(() => document.querySelector("#cp-member optgroup[label='Partners'] option")?.value);
    await fill(browser, "#cp-member", value);
    await fill(browser, "#cp-codes", "MAYA15");
    await fill(browser, "#cp-fee", "150");
    await fill(browser, "#cp-commission", "10");
    await click(browser, "button=Add");
    await (await browser.$(".code=MAYA15")).waitForExist({ timeout: 10000 });
    // The results count nothing yet (no sales), but say what the campaign costs so far.
    await (await browser.$("[data-kpi=roi]")).waitForExist({ timeout: 10000 });
    assert.match(await textOf(browser, "table[aria-label='Results by partner']"), /Not measured yet/);
    await shot(browser, "campaign");
  } finally {
    await browser.deleteSession();
  }

  // Restart the app on the same file: everything is still there.
  browser = await launch(db);
  try {
    await click(browser, "button*=Partners");
    const row = await browser.$(`tr[data-partner]`);
    await row.waitForExist({ timeout: 15000 });
    assert.equal(await row.getAttribute("data-partner"), NAME);
    await click(browser, "tr[data-partner] td");
    await expectCount(browser, "table[aria-label='Social accounts'] tbody tr", 2, "both accounts kept");
    assert.match(await textOf(browser, "table[aria-label='Campaign history']"), /Spring repotting week[\s\S]*MAYA15/);
    await click(browser, "button*=Campaigns");
    await click(browser, "td*=Spring repotting week");
    await (await browser.$(".code=MAYA15")).waitForExist({ timeout: 10000 });
    assert.match(await textOf(browser, "table[aria-label='Partners in this campaign']"), /\$\s?150\.00/);
  } finally {
    await browser.deleteSession();
    rmSync(dir, { recursive: true, force: true });
  }
});

test("a second window on the same shop file gets a clear message", async () => {
  const { dir, db } = newShopFile();
  // WebKitWebDriver drives one app at a time: the first window is started directly and holds the file.
  const first = spawn(APP, ["--db", db], { stdio: ["ignore", "ignore", "pipe"] });
  // What the first window says if it stops (a panic's message), for the failure's report.
  let said = "";
  first.stderr.on("data", (b) => (said += b.toString().split("\n").filter((l) => !l.includes("dconf")).join("\n")));
  try {
    await new Promise((ok) => setTimeout(ok, 2500));
    assert.equal(first.exitCode, null, `the first window is running; it said: ${said.slice(-2000)}`);
    const second = await launch(db);
    try {
      const heading = await textOf(second, "h1");
      assert.equal(heading, "LocalLift can't open this shop");
      assert.match(await textOf(second, "[role=alert]"), /already has this shop open/);
      await shot(second, "already-open");
    } finally {
      await second.deleteSession();
    }
  } finally {
    first.kill();
    rmSync(dir, { recursive: true, force: true });
  }
});

test("a Shopify export is previewed, imported, summed and undone from the Import screen", async () => {
  const { dir, db } = newShopFile();
  const browser = await launch(db);
  try {
    await setUpShop(browser);
    await click(browser, "button*=Import sales");
    await click(browser, "summary=Type a file's path instead");
    await fill(browser, "#import-path", join(FIXTURES, "shopify/orders.csv"));
    await click(browser, "button=Read it");
    await (await browser.$("[data-preset=shopify]")).waitForExist({ timeout: 15000 });
    assert.match(await textOf(browser, "[data-import-report]"), /5 new/);
    assert.match(await textOf(browser, "table[aria-label='First orders as read']"), /#1003[\s\S]*MAYA15/);
    await shot(browser, "import-preview");

    await click(browser, "button=Import 5 orders");
    await (await browser.$("p*=Imported: 5 new orders")).waitForExist({ timeout: 15000 });
    // 5 orders read, 4 sales; #1002 is refunded in full, so it is no order (its net is zero).
    await (await browser.$("[data-orders='3']")).waitForExist({ timeout: 10000 });
    assert.match(await textOf(browser, "table[aria-label='Import history']"), /orders\.csv[\s\S]*Undo/);
    await shot(browser, "import-done");

    const undo = await browser.$("table[aria-label='Import history']").$("button=Undo");
    await undo.waitForClickable({ timeout: 10000 });
    await undo.click();
    await (await browser.$("[data-orders='0']")).waitForExist({ timeout: 10000 });
    assert.match(await textOf(browser, "table[aria-label='Import history']"), /Undone/);

    // A file with a broken row: the problem is shown with its line, and nothing is imported unasked.
    await click(browser, "button=Import another file");
    await click(browser, "summary=Type a file's path instead");
    const broken = join(dir, "broken.csv");
    const { readFileSync, writeFileSync } = await import("node:fs");
    writeFileSync(broken, readFileSync(join(FIXTURES, "shopify/orders.csv"), "utf8").replace("2024-03-12 16:45:10 -0400", "yesterday"));
    await fill(browser, "#import-path", broken);
    await click(browser, "button=Read it");
    const problems = await textOf(browser, "table[aria-label='Problems']");
    assert.match(problems, /2\s*Created at\s*yesterday\s*expected a date/);
    await shot(browser, "import-problems");
  } finally {
    await browser.deleteSession();
    rmSync(dir, { recursive: true, force: true });
  }
});

test("the Import preview says what it assumed and skipped, and the owner flips the dates' order", async () => {
  const { dir, db } = newShopFile();
  const browser = await launch(db);
  try {
    await setUpShop(browser);
    // A PayPal download whose days are all the 12th or earlier, with a payment the shop made.
    const { writeFileSync } = await import("node:fs");
    const file = join(dir, "paypal.csv");
    writeFileSync(
      file,
      [
        '"Date","Time","TimeZone","Name","Type","Status","Currency","Gross","Transaction ID","Balance Impact"',
        '"03/04/2024","10:00:00","EST","A","Website Payment","Completed","USD","25.00","T1","Credit"',
        '"03/05/2024","11:00:00","EST","Supplier","Express Checkout Payment","Completed","USD","-40.00","T2","Debit"',
        '"03/06/2024","12:00:00","EST","B","Website Payment","Pending","USD","12.00","T3","Memo"',
      ].join("\r\n") + "\r\n",
    );
    await click(browser, "button*=Import sales");
    await click(browser, "summary=Type a file's path instead");
    await fill(browser, "#import-path", file);
    await click(browser, "button=Read it");
    await (await browser.$("[data-preset=paypal]")).waitForExist({ timeout: 15000 });
    const notes = await textOf(browser, "[data-import-notes]");
    assert.match(notes, /Dates read month first/);
    assert.match(notes, /1 payment out \(money the shop paid\) skipped/);
    assert.match(notes, /1 order not yet paid: kept, and counted once a later export says it was paid/);
    await shot(browser, "import-notes");

    await fill(browser, "#import-date-order", "dmy");
    await browser.waitUntil(async () => /as you chose/.test(await textOf(browser, "[data-import-notes]")), { timeout: 15000 });
    assert.match(await textOf(browser, "[data-import-notes]"), /Dates read day first \(31\/12\), as you chose/);
    await click(browser, "button=Import 2 orders");
    await (await browser.$("[data-orders='1']")).waitForExist({ timeout: 15000 });
  } finally {
    await browser.deleteSession();
    rmSync(dir, { recursive: true, force: true });
  }
});

test("a CSV no preset knows is imported after mapping its columns", async () => {
  const { dir, db } = newShopFile();
  const browser = await launch(db);
  try {
    await setUpShop(browser, "EUR");
    await click(browser, "button*=Import sales");
    await click(browser, "summary=Type a file's path instead");
    await fill(browser, "#import-path", join(FIXTURES, "generic/till.csv"));
    await click(browser, "button=Read it");
    await (await browser.$("form[aria-label='Column mapping']")).waitForExist({ timeout: 15000 });
    assert.equal(await (await browser.$("#map-order_id")).getValue(), "Receipt No", "suggested from the names");
    await fill(browser, "#map-date-order", "dmy");
    await fill(browser, "#map-channel", "Till");
    await click(browser, "label*=decimal comma");
    await shot(browser, "import-mapping");
    await click(browser, "button=Preview with these columns");
    await (await browser.$("[data-preset=csv]")).waitForExist({ timeout: 15000 });
    assert.match(await textOf(browser, "[data-import-report]"), /3 new/);
    await click(browser, "button=Import 3 orders");
    await (await browser.$("[data-orders='3']")).waitForExist({ timeout: 15000 });
    assert.match(await textOf(browser, "section*=Sales in LocalLift"), /1[.,]169[.,]50/);
  } finally {
    await browser.deleteSession();
    rmSync(dir, { recursive: true, force: true });
  }
});

test("the demo shop shows a campaign's sales lift, a partner's fit score, and unusual days in Settings", async () => {
  const { dir, db } = newShopFile();
  const { execFileSync } = await import("node:child_process");
  execFileSync(resolve(APP, "../locallift"), ["--db", db, "demo"]);
  const browser = await launch(db);
  try {
    // The Dashboard's charts, drawn by the core, shown as images with a table of the same numbers.
    await click(browser, "button=Last 12 months");
    const roiChart = await browser.$("img[data-chart=roi]");
    await roiChart.waitForExist({ timeout: 15000 });
    assert.match(await roiChart.getAttribute("src"), /^data:image\/svg\+xml/);
    await browser.waitUntil(async () => (await roiChart.getProperty("naturalWidth")) > 0, { timeout: 10000 });
    await expectCount(browser, "img[data-chart=sales]", 1, "the sales chart");
    await expectCount(browser, "img[data-chart=tiers]", 1, "the tier chart");
    await shot(browser, "dashboard-charts");

    await click(browser, "button*=Campaigns");
    await click(browser, "td*=Spring repotting week");
    const words = await textOf(browser, "[data-lift-words]");
    assert.match(words, /than usual \(95% range\)|Not enough data/);
    assert.match(await textOf(browser, "table[aria-label='Results by partner']"), /Sellwood Parents Collective[\s\S]*Sales lift \(no code\)/);
    await (await browser.$("img[data-chart=lift]")).scrollIntoView();
    await shot(browser, "campaign-lift");

    // The campaign's charts, drawn by the core, and its summary saved as a PDF from the real app. The OS
    // save dialog is the one thing WebDriver cannot drive: its answer (a path) is given to the app's call.
    for (const chart of ["leaderboard", "break-even", "partner-roi", "repeat"]) {
      await expectCount(browser, `img[data-chart=${chart}]`, 1, `the ${chart} chart`);
    }
    await (await browser.$("img[data-chart=break-even]")).scrollIntoView();
    await shot(browser, "campaign-charts");
    const pdf = join(dir, "Spring summary.pdf");
    await click(browser, "button=Summary PDF");
    await answerSaveDialog("Save the campaign summary", pdf);
    await browser.waitUntil(async () => existsSync(pdf), { timeout: 30000, timeoutMsg: "the PDF was not written" }).catch(async (e) => {
      await shot(browser, "pdf-failed");
      throw e;
    });
    const text = execFileSync("pdftotext", [pdf, "-"]).toString();
    assert.match(text, /Spring repotting week[\s\S]*Campaign summary|Campaign summary[\s\S]*Spring repotting week/);
    assert.match(text, /Maya Okafor[\s\S]*Aisha Bello[\s\S]*Sellwood Parents/);
    assert.match(text, /Page 1 of \d/);
    const coupons = join(dir, "coupons.pdf");
    await click(browser, "button=Coupon sheet");
    await answerSaveDialog("Save a printable sheet", coupons);
    await browser.waitUntil(async () => existsSync(coupons), { timeout: 30000, timeoutMsg: "the coupon sheet was not written" });
    assert.match(execFileSync("pdftotext", [coupons, "-"]).toString(), /MAYA15[\s\S]*Show this code at the till/);

    await click(browser, "button*=Partners");
    await click(browser, "td*=Maya Okafor");
    const score = await textOf(browser, "[data-fit-score]");
    assert.match(score, /^\d{1,3}\s*\/ 100$/);
    assert.match(await textOf(browser, "table[aria-label='Fit score factors']"), /Engagement for their size[\s\S]*Past ROI/);
    await (await browser.$("[data-partner-trend] svg")).waitForExist({ timeout: 10000 });
    await shot(browser, "partner-fit");

    await click(browser, "button*=Settings");
    await fill(browser, "#h-day", "2025-12-26");
    await fill(browser, "#h-name", "Boxing Day <i>sale</i>");
    await click(browser, "button=Mark the day");
    await browser.waitUntil(async () => /Boxing Day <i>sale<\/i>/.test(await textOf(browser, "section[aria-label='Unusual days']")), {
      timeout: 10000,
    }).catch(async (e) => {
      await shot(browser, "settings-holiday-failed");
      throw e;
    });
    // A backup now, a change, then the backup restored: the change is gone.
    await click(browser, "button=Back up now");
    await expectCount(browser, "table[aria-label='Backups list'] tbody tr", 2, "the start-up backup and the new one");
    await click(browser, "button[aria-label^='Unmark']");
    await browser.waitUntil(async () => !/Boxing Day/.test(await textOf(browser, "section[aria-label='Unusual days']")), { timeout: 10000 });
    const restoreLink = await browser.$("table[aria-label='Backups list']").$("button=Restore");
    await restoreLink.waitForClickable({ timeout: 10000 });
    await restoreLink.click();
    const confirm = await browser.$("div[role=alertdialog]").$("button=Restore");
    await confirm.waitForClickable({ timeout: 10000 });
    await confirm.click();
    // The window starts afresh on the restored shop.
    await (await browser.$("h1=Dashboard")).waitForExist({ timeout: 15000 });
    await click(browser, "button*=Settings");
    await browser.waitUntil(async () => /Boxing Day/.test(await textOf(browser, "section[aria-label='Unusual days']")), { timeout: 15000 });
    await expectCount(browser, "table[aria-label='Backups list'] tbody tr", 3, "the state before the restore was backed up too");
    // That one holds only the pages changed since the full backup just restored, and says so.
    await expectCount(browser, "table[aria-label='Backups list'] [data-changes-since]", 1, "one backup of changed pages");
    assert.match(await textOf(browser, "table[aria-label='Backups list'] tbody tr:first-child"), /changes since the full backup of/);
    await shot(browser, "settings-backups");

    await fill(browser, "#lift-weeks", "2");
    const save = await browser.$("section[aria-label='Scoring and lift']").$("button=Save");
    await save.waitForClickable({ timeout: 10000 });
    await save.click();
    assert.match(await textOf(browser, "[data-error-for=lift-weeks]"), /between 4 and 26 weeks/);
    await shot(browser, "settings-analysis");
  } finally {
    await browser.deleteSession();
    rmSync(dir, { recursive: true, force: true });
  }
});

test("a damaged shop file gets a clear screen that restores its latest backup", async () => {
  const { dir, db } = newShopFile();
  const { execFileSync } = await import("node:child_process");
  const { writeFileSync, readdirSync } = await import("node:fs");
  const cli = resolve(APP, "../locallift");
  execFileSync(cli, ["--db", db, "demo"]);
  execFileSync(cli, ["--db", db, "backup"]);
  writeFileSync(db, "SQLite format 3\0 and then a disk error");
  const browser = await launch(db);
  try {
    await (await browser.$("h1=LocalLift can't open this shop")).waitForExist({ timeout: 15000 });
    // SQLite's own integrity check of the file is shown beside the options.
    const integrity = await browser.$("[data-integrity=damaged]");
    await integrity.waitForExist({ timeout: 15000 });
    assert.match(await integrity.getText(), /not a database/);
    await expectCount(browser, "button=Open another file…", 1, "another file can be opened");
    await expectCount(browser, "button=Quit", 1, "LocalLift can be quit");
    await shot(browser, "startup-damaged");
    await click(browser, "button[data-restore-latest]");
    await (await browser.$("h1=Dashboard")).waitForExist({ timeout: 15000 });
    assert.ok(readdirSync(dir).some((f) => f.includes(".damaged-")), "the damaged file is kept aside");
  } finally {
    await browser.deleteSession();
    rmSync(dir, { recursive: true, force: true });
  }
});

test("a shop file on a disk LocalLift cannot write to gets a clear screen, and Quit quits", async () => {
  // sysfs refuses new files even to root: like a read-only disk.
  const browser = await launch("/sys/locallift-e2e-shop.sqlite");
  try {
    await (await browser.$("h1=LocalLift can't open this shop")).waitForExist({ timeout: 15000 });
    assert.match(await textOf(browser, "[role=alert]"), /cannot write to[\s\S]*Copy the file somewhere writable/);
    await expectCount(browser, "button[data-restore-latest]", 0, "nothing to restore: the file is not damaged");
    await shot(browser, "startup-read-only");
    const quit = await browser.$("button=Quit");
    await quit.waitForClickable({ timeout: 10000 });
    // The app may be gone before the click is even answered.
    await quit.click().catch((e) => {
      if (!/invalid session|disconnect|ECONNRE/i.test(String(e))) throw e;
    });
    // The app is gone: the driver can no longer reach its window.
    await browser.waitUntil(
      async () => {
        try {
          await browser.getTitle();
          return false;
        } catch {
          return true;
        }
      },
      { timeout: 15000, timeoutMsg: "the app did not quit" },
    );
  } finally {
    await browser.deleteSession().catch(() => {});
  }
});

test("hostile text (markup, script, RTL, control characters, very long) is stored exactly and shown as text", async () => {
  const { dir, db } = newShopFile();
  const name = "\u200fمريم <img src=x onerror=\"window.__pwned=2\"> \u202egnp.exe & \"quotes\"";
  const notes = `<script>window.__pwned=3</script>\u0007\u001b[31m red?\tTab\nSecond line ${"long ".repeat(2000)}end`;
  const campaign = "<svg onload=\"window.__pwned=4\"> week";
  const code = "<B>15";
  let browser = await launch(db);
  try {
    await setUpShop(browser);
    await click(browser, "button=New partner");
    await fill(browser, "#p-name", name);
    await fill(browser, "#p-notes", notes);
    await click(browser, "button=Add partner");
    await (await browser.$("main h1")).waitForExist({ timeout: 10000 });
    assert.equal(await browser.execute(() => document.querySelector("main h1").textContent), name, "the name, exactly, as text");
    const shown = await browser.execute(() => [...document.querySelectorAll("main .user-text")].map((e) => e.textContent));
    assert.ok(shown.includes(notes), "the notes, exactly, as text");
    await shot(browser, "hostile-partner");

    await click(browser, "button*=Campaigns");
    await click(browser, "button=New campaign");
    await fill(browser, "#cg-name", campaign);
    await fill(browser, "#cg-start", "2026-04-06");
    await fill(browser, "#cg-end", "2026-04-19");
    await click(browser, "button=Create campaign");
    await browser.waitUntil(async () => (await browser.execute(() => document.querySelector("main h1")?.textContent)) === campaign, {
      timeout: 10000,
      timeoutMsg: "the campaign's name is its heading, as text",
    });
    await click(browser, "button=Add partner or community");
    await browser.waitUntil(async () => (await browser.$$("#cp-member option")).length > 1, { timeout: 10000 });
    const value = await browser.execute(() => document.querySelector("#cp-member optgroup[label='Partners'] option")?.value);
    await fill(browser, "#cp-member", value);
    await fill(browser, "#cp-codes", code);
    await click(browser, "button=Add");
    await browser.waitUntil(async () => (await browser.execute(() => [...document.querySelectorAll(".code")].map((e) => e.textContent))).includes(code), {
      timeout: 10000,
      timeoutMsg: "the code is shown as text",
    });
    assert.equal(await browser.execute(() => window.__pwned ?? null), null, "no script from user text ran");
    assert.equal(await browser.execute(() => document.querySelectorAll("main img[src=x], main svg[onload], main script").length), 0, "no markup was made");
    await shot(browser, "hostile-campaign");
    // And were markup ever let in, the window's CSP would stop it: an inline script and a remote image,
    // put in the page directly, are refused by the real webview.
    const refused = await browser.executeAsync((done) => {
      const violations = [];
      document.addEventListener("securitypolicyviolation", (e) => violations.push(e.violatedDirective));
      const script = document.createElement("script");
      script.textContent = "window.__inline_ran = 1";
      document.body.appendChild(script);
      const img = document.createElement("img");
      img.src = "https://example.com/pixel.png";
      document.body.appendChild(img);
      setTimeout(() => done({ ran: window.__inline_ran ?? null, violations }), 500);
    });
    assert.equal(refused.ran, null, "an inline script does not run");
    assert.ok(refused.violations.some((d) => d.startsWith("script-src")), `script-src refused it: ${refused.violations}`);
    assert.ok(refused.violations.some((d) => d.startsWith("img-src")), `img-src refused the remote image: ${refused.violations}`);
  } finally {
    await browser.deleteSession();
  }
  // Stored byte for byte: read back by the command line once the window has closed the file.
  const { execFileSync } = await import("node:child_process");
  const cli = resolve(APP, "../locallift");
  // The app lets go of the file when its process has ended, a moment after the session.
  let partners;
  for (let i = 0; !partners; i++) {
    try {
      partners = JSON.parse(execFileSync(cli, ["--db", db, "partners"], { stdio: ["ignore", "pipe", "pipe"] }).toString());
    } catch (e) {
      if (i > 50) throw e;
      await new Promise((r) => setTimeout(r, 200));
    }
  }
  const stored = partners.map((p) => p.partner ?? p).find((p) => p.name === name);
  assert.ok(stored, "the name is stored exactly");
  assert.equal(stored.notes, notes, "the notes are stored exactly");
  const campaigns = JSON.parse(execFileSync(cli, ["--db", db, "campaigns"]).toString());
  const c = campaigns.find((x) => x.name === campaign);
  assert.ok(c, "the campaign's name is stored exactly");
  assert.deepEqual(c.codes, [code]);
  rmSync(dir, { recursive: true, force: true });
});

/** Net amounts of the Dashboard's revenue KPI: what partners brought, and the period's sales in all. */
async function dashboardAmounts(browser) {
  const kpi = await browser.$("[data-kpi=revenue]");
  await kpi.waitForExist({ timeout: 15000 });
  return {
    attributed: Number(await kpi.getAttribute("data-attributed-minor")),
    total: Number(await kpi.getAttribute("data-total-minor")),
  };
}

const LOSS = /[−-]100\s?%/;

test("the demo shop never shows a walk-in partner as a loss, nor attributed sales above the period's", async () => {
  const { dir, db } = newShopFile();
  const { execFileSync } = await import("node:child_process");
  execFileSync(resolve(APP, "../locallift"), ["--db", db, "demo"]);
  const browser = await launch(db);
  try {
    // Every period the Dashboard offers, and chosen dates that cut campaigns in two.
    const periods = [["This month"], ["Last 90 days"], ["Last 12 months"], ["Dates…", "2026-06-01", "2026-06-10"], ["Dates…", "2026-08-10", "2026-10-05"]];
    for (const [button, from, to] of periods) {
      await click(browser, `button=${button}`);
      if (from) {
        await fill(browser, "input[aria-label=From]", from);
        await fill(browser, "input[aria-label=To]", to);
        await browser.waitUntil(async () => /Jun 1|Aug 10/.test(await textOf(browser, "main")), { timeout: 10000 });
      }
      await browser.pause(400);
      const { attributed, total } = await dashboardAmounts(browser);
      assert.ok(attributed <= total, `${button} ${from ?? ""}: attributed ${attributed} of ${total} in all`);
      for (const row of await browser.$$("tr[data-walk-in]")) {
        assert.doesNotMatch(await row.getText(), LOSS, `${button}: a walk-in partner is no loss`);
      }
    }
    await click(browser, "button=Last 12 months");
    await (await browser.$("tr[data-walk-in]")).waitForExist({ timeout: 15000 });
    assert.match(await textOf(browser, "tr[data-walk-in]"), /Sellwood Parents Collective[\s\S]*more than usual|Sellwood Parents Collective[\s\S]*less than usual/);
    await shot(browser, "dashboard-walk-ins");

    // The campaign page: the walk-in row is a lift and an ROI range.
    await click(browser, "button*=Campaigns");
    await click(browser, "td*=Autumn family days");
    await (await browser.$("table[aria-label='Results by partner']")).waitForExist({ timeout: 10000 });
    const walkIn = await browser.execute(
      () => [...document.querySelectorAll("table[aria-label='Results by partner'] tbody tr")].find((r) => r.textContent.includes("Sellwood"))?.innerText ?? "",
    );
    assert.doesNotMatch(walkIn, LOSS, `no −100% on the walk-in row: ${walkIn}`);
    assert.match(walkIn, /sales lift/i, walkIn);
    assert.match(await textOf(browser, "[data-verdict]"), /^(Yes|No|Not yet|Only its sales lift|Not measurable|Nothing)/);
    await shot(browser, "campaign-walk-in");

    // The community's own page.
    await click(browser, "button*=Communities");
    await click(browser, "td*=Sellwood Parents Collective");
    await (await browser.$("main h1")).waitForExist({ timeout: 10000 });
    await browser.pause(500);
    assert.doesNotMatch(await textOf(browser, "main"), LOSS, "the community's page shows no −100% loss");
    await shot(browser, "community-walk-in");
  } finally {
    await browser.deleteSession();
    rmSync(dir, { recursive: true, force: true });
  }
});

/**
 * Every screen as an owner sees it, at 1280×800 and 1920×1080, on the demo shop and a brand-new one, in the
 * theme LOCALLIFT_E2E_THEME names (light by default): tests/e2e/screenshots/screens/, looked at by eye
 * (scripts/screenshots.sh takes both themes). Each screen must show its heading and no error.
 */
test("every screen, demo and empty, at 1280×800 and 1920×1080", async () => {
  const theme = process.env.LOCALLIFT_E2E_THEME === "dark" ? "dark" : "light";
  const out = join(SHOTS, "screens");
  mkdirSync(out, { recursive: true });
  const { execFileSync } = await import("node:child_process");
  const visit = async (browser, shop, size, steps) => {
    await browser.setWindowSize(...size);
    for (const [name, action] of steps) {
      await action();
      await browser.pause(700);
      assert.equal((await browser.$$("main [role=alert]")).length, 0, `${shop} ${name}: no error shown`);
      if (!name.endsWith("-results")) await browser.execute(() => document.querySelector("main")?.scrollTo(0, 0));
      await browser.saveScreenshot(join(out, `${theme}-${size.join("x")}-${shop}-${name}.png`));
    }
  };
  const demo = newShopFile();
  execFileSync(resolve(APP, "../locallift"), ["--db", demo.db, "demo"]);
  let browser = await launch(demo.db);
  try {
    for (const size of [[1280, 800], [1920, 1080]]) {
      await visit(browser, "demo", size, [
        ["dashboard", () => click(browser, "button*=Dashboard")],
        ["dashboard-results", async () => (await browser.$("table[aria-label='Partner leaderboard']")).scrollIntoView()],
        ["partners", () => click(browser, "button*=Partners")],
        ["partner", () => click(browser, "td*=Maya Okafor")],
        ["communities", () => click(browser, "button*=Communities")],
        ["community", () => click(browser, "td*=Sellwood Parents Collective")],
        ["campaigns", () => click(browser, "button*=Campaigns")],
        ["campaign", () => click(browser, "td*=Spring repotting week")],
        ["campaign-results", async () => (await browser.$("table[aria-label='Results by partner']")).scrollIntoView()],
        ["import", () => click(browser, "button*=Import")],
        ["settings", () => click(browser, "button*=Settings")],
      ]);
    }
  } finally {
    await browser.deleteSession();
    rmSync(demo.dir, { recursive: true, force: true });
  }
  const fresh = newShopFile();
  browser = await launch(fresh.db);
  try {
    await browser.setWindowSize(1280, 800);
    await browser.saveScreenshot(join(out, `${theme}-1280x800-empty-welcome.png`));
    await setUpShop(browser);
    for (const size of [[1280, 800], [1920, 1080]]) {
      await visit(browser, "empty", size, [
        ["dashboard", () => click(browser, "button*=Dashboard")],
        ["partners", () => click(browser, "button*=Partners")],
        ["communities", () => click(browser, "button*=Communities")],
        ["campaigns", () => click(browser, "button*=Campaigns")],
        ["import", () => click(browser, "button*=Import")],
        ["settings", () => click(browser, "button*=Settings")],
      ]);
    }
  } finally {
    await browser.deleteSession();
    rmSync(fresh.dir, { recursive: true, force: true });
  }
});

test("the owner picks German in Settings: every screen, date field, chart and the CSV export follow the one setting, and back", async () => {
  const { dir, db } = newShopFile();
  const { execFileSync } = await import("node:child_process");
  execFileSync(resolve(APP, "../locallift"), ["--db", db, "demo"]);
  const de = words("de", "de-DE");
  const en = words("en", "en-US");
  const browser = await launch(db);
  try {
    await click(browser, `button*=${en("app-nav-settings")}`);
    await fill(browser, "#shop-locale", "de-DE");
    await shot(browser, "settings-locale-de");
    await click(browser, `button=${en("settings-shop-save")}`);
    // The window speaks German at once, without a restart: the navigation and the notice.
    await browser.waitUntil(async () => (await textOf(browser, "nav")).includes(de("app-nav-dashboard")), {
      timeout: 10000,
      timeoutMsg: "the navigation stayed English",
    });
    assert.equal(await (await browser.$("html")).getAttribute("lang"), "de-DE");
    await click(browser, `button*=${de("app-nav-dashboard")}`);
    await click(browser, `button=${de("dashboard-range-year")}`);
    // Money as German writes it, whatever the computer's locale: "1.234,56 $".
    await browser.waitUntil(async () => /\d,\d\d\s\$/.test(await textOf(browser, "main")), {
      timeout: 15000,
      timeoutMsg: "no amount written the German way",
    });
    await shot(browser, "dashboard-de");
    // Every table cell, one by one: amounts end with the symbol, none starts with it.
    const cells = await browser.execute(() => [...document.querySelectorAll("main td")].map((e) => e.textContent.trim()));
    const german = cells.filter((c) => /^-?[\d.]+,\d\d\s\$$/.test(c));
    const american = cells.filter((c) => /^-?\$[\d,]+(\.\d\d)?$/.test(c));
    assert.ok(german.length > 5, `amounts the German way: ${german.slice(0, 5).join(" | ")}`);
    assert.deepEqual(american, [], "no amount the US way");
    // No English heading is left on the Dashboard.
    const headings = await browser.execute(() => [...document.querySelectorAll("main h1, main h2, main th")].map((e) => e.textContent.trim()));
    for (const english of [en("dashboard-range-year"), en("app-nav-dashboard")]) assert.ok(!headings.includes(english), `no “${english}” left`);
    // The charts the core draws say the same: German month names on the axis, the symbol after the amount.
    const sales = await browser.$("img[data-chart=sales]");
    await sales.waitForExist({ timeout: 15000 });
    const svg = decodeURIComponent((await sales.getAttribute("src")).replace(/^data:image\/svg\+xml;charset=utf-8,/, ""));
    assert.match(svg, /\d{1,2}\. (Jan|Feb|März|Apr|Mai|Juni|Juli|Aug|Sept|Okt|Nov|Dez)/, "German dates on the axis");
    // The last 90 days beside the 90 days before, in German words.
    await click(browser, `button=${de("dashboard-range-90")}`);
    const vs = de("dashboard-vs-previous", { ratio: "" }).trim();
    await browser.waitUntil(async () => (await textOf(browser, "[data-compare]").catch(() => "")).includes(vs), {
      timeout: 15000,
      timeoutMsg: `no “${vs}”`,
    });
    await shot(browser, "dashboard-compare-de");
    // A date field of the app's own: the day written the German way, a calendar whose weeks start on Monday.
    await click(browser, `button*=${de("app-nav-campaigns")}`);
    await click(browser, `button=${de("campaigns-new")}`);
    await fill(browser, "#cg-start", "2026-04-19");
    assert.equal(await (await browser.$("#cg-start")).getValue(), "19.04.2026");
    await click(browser, `button[aria-label='${de("datefield-choose")}']`);
    const firstWeekday = await browser.execute(() => document.querySelector("[role=grid] thead th")?.getAttribute("abbr"));
    assert.match(firstWeekday ?? "", /^Mo/, `weeks start on Monday: ${firstWeekday}`);
    await shot(browser, "datefield-de");
    await browser.keys("Escape");
    await click(browser, `button=${de("campaigns-form-cancel")}`);
    // The CSV export splits on ";" with decimal commas, as German Excel reads it.
    const csv = join(dir, "kampagnen.csv");
    await click(browser, `button=${de("app-export-csv")}`);
    await answerSaveDialog(de("app-export-dialog"), csv);
    await browser.waitUntil(async () => existsSync(csv), { timeout: 20000, timeoutMsg: "the CSV was not written" });
    const text = readFileSync(csv, "utf8").replace(/^\uFEFF/, "");
    const [header, first] = text.split(/\r?\n/);
    assert.ok(header.split(";").length > 5, `fields split on ";": ${header}`);
    assert.match(first, /;\d+,\d\d(;|$)/, `an amount with a decimal comma: ${first}`);
    // And back to the system's language, again without a restart.
    await click(browser, `button*=${de("app-nav-settings")}`);
    await fill(browser, "#shop-locale", "");
    await click(browser, `button=${de("settings-shop-save")}`);
    await browser.waitUntil(async () => (await textOf(browser, "nav")).includes(en("app-nav-dashboard")), {
      timeout: 10000,
      timeoutMsg: "the navigation stayed German",
    });
  } finally {
    await browser.deleteSession();
    rmSync(dir, { recursive: true, force: true });
  }
});

test("a Japanese shop reads its screens in Japanese", async () => {
  const { dir, db } = newShopFile();
  const { execFileSync } = await import("node:child_process");
  const cli = resolve(APP, "../locallift");
  execFileSync(cli, ["--db", db, "demo"]);
  execFileSync(cli, ["--db", db, "shop", "set", "--locale", "ja-JP"]);
  const ja = words("ja", "ja-JP");
  const browser = await launch(db);
  try {
    await browser.waitUntil(async () => (await textOf(browser, "nav")).includes(ja("app-nav-campaigns")), {
      timeout: 15000,
      timeoutMsg: "the navigation is not Japanese",
    });
    await click(browser, `button*=${ja("app-nav-dashboard")}`);
    await shot(browser, "dashboard-ja");
    await click(browser, `button*=${ja("app-nav-campaigns")}`);
    await shot(browser, "campaigns-ja");
  } finally {
    await browser.deleteSession();
    rmSync(dir, { recursive: true, force: true });
  }
});

test("the owner sees a leaked code and marks it, an overdue agreement done, and pays a partner with a statement", async () => {
  const { dir, db } = newShopFile();
  const { execFileSync } = await import("node:child_process");
  const cli = resolve(APP, "../locallift");
  execFileSync(cli, ["--db", db, "demo"]);
  const before = JSON.parse(execFileSync(cli, ["--db", db, "leaks", "--json"]).toString());
  assert.equal(before[0].code, "LUCIA10", "the demo's code on a coupon site");
  // (The CLI cannot open the shop while the window has it: what it says is read before and after.)
  const statement = () => JSON.parse(execFileSync(cli, ["--db", db, "payments", "statement", "Maya Okafor"]).toString());
  const owed = statement().closing_balance_minor;
  let browser = await launch(db);
  try {
    // The Dashboard lists the leak signs with their orders, and what is due or overdue.
    const leaks = "section[aria-label='Codes that may have leaked']";
    await browser.waitUntil(async () => /LUCIA10/.test(await textOf(browser, leaks)), { timeout: 15000, timeoutMsg: "no leak sign" });
    const agreements = "section[aria-label='Agreements due']";
    await browser.waitUntil(async () => /Flyers at the school fair/.test(await textOf(browser, agreements)), { timeout: 15000 });
    assert.match(await textOf(browser, agreements), /overdue/i);
    await (await browser.$(leaks)).scrollIntoView();
    await shot(browser, "dashboard-leaks-agreements");
    await clickIn(browser, leaks, "button=Show orders");
    await expectCount(browser, "table[aria-label='Orders with LUCIA10'] tbody tr", before[0].orders, "the orders behind the sign");
    await shot(browser, "leak-orders");
    await click(browser, "button=Close");
    // Marking the code leaked takes its signs away (the owner acted), in the core and on screen.
    await clickIn(browser, leaks, "button*=Mark leaked from");
    await browser.waitUntil(async () => !/LUCIA10/.test(await textOf(browser, leaks)), { timeout: 15000, timeoutMsg: "the sign stayed" });
    // The overdue agreement marked done.
    const row = await browser.$(agreements).$("tr*=Flyers at the school fair");
    await (await row.$("button=Mark done")).click();
    await browser.waitUntil(async () => !/Flyers at the school fair/.test(await textOf(browser, agreements)), { timeout: 15000 });

    // Maya's page: what she was paid and is owed; a payment recorded changes the balance the CLI prints.
    await click(browser, "button*=Partners");
    await click(browser, "td*=Maya Okafor");
    const ledger = "section[aria-label='Paid and owed']";
    await (await browser.$(`${ledger} table[aria-label='Ledger lines']`)).waitForExist({ timeout: 15000 });
    await click(browser, "button=Record a payment");
    await fill(browser, "#pay-amount", "25.00");
    await fill(browser, "#pay-method", "PayPal");
    await fill(browser, "#pay-note", "e2e <b>note</b>");
    await click(browser, "button=Record payment");
    await browser.waitUntil(async () => /e2e <b>note<\/b>/.test(await textOf(browser, ledger)), { timeout: 15000, timeoutMsg: "no payment line" });
    await (await browser.$(ledger)).scrollIntoView();
    await shot(browser, "partner-ledger");
    const pdf = join(dir, "maya statement.pdf");
    await click(browser, "button=Statement PDF");
    await answerSaveDialog("payout statement", pdf);
    await browser.waitUntil(async () => existsSync(pdf), { timeout: 30000, timeoutMsg: "the statement was not written" });
    const text = execFileSync("pdftotext", [pdf, "-"]).toString();
    assert.match(text, /Maya Okafor[\s\S]*Payout statement|Payout statement[\s\S]*Maya Okafor/);
    assert.match(text, /PayPal · e2e <b>note<\/b>/);
    assert.match(await textOf(browser, "section[aria-label='Agreements']"), /on time/);
    await browser.deleteSession();
    browser = null;
    // The CLI reads what the window wrote (once the app has quit and let the file go): the code no longer
    // flagged, the balance 25.00 lower.
    let after = null;
    for (let i = 0; i < 100 && after === null; i++) {
      try {
        after = JSON.parse(execFileSync(cli, ["--db", db, "leaks", "--json"], { stdio: ["ignore", "pipe", "pipe"] }).toString());
      } catch (e) {
        if (!/already open/.test(String(e.stderr))) throw e;
        await new Promise((r) => setTimeout(r, 100));
      }
    }
    assert.ok(after.every((s) => s.code !== "LUCIA10"), "the CLI agrees the code was marked");
    assert.equal(statement().closing_balance_minor, owed - 2500);
  } finally {
    await browser?.deleteSession();
    rmSync(dir, { recursive: true, force: true });
  }
});

test("Cancel and every other screen answer at once during a long import, and nothing is written", async () => {
  const { dir, db } = newShopFile();
  const { readFileSync, writeFileSync } = await import("node:fs");
  // A big export: the fixture's orders renamed 6,000 times (about 22 MB), long enough to cancel mid-way.
  const good = readFileSync(join(FIXTURES, "shopify/orders.csv"), "utf8");
  const [header, ...rest] = good.split("\n");
  const body = rest.join("\n");
  const parts = [header + "\n"];
  for (let i = 0; i < 6000; i++) parts.push(body.replaceAll("#100", `#${i}-100`));
  const big = join(dir, "big.csv");
  writeFileSync(big, parts.join(""));
  const browser = await launch(db);
  try {
    await setUpShop(browser);
    await click(browser, "button*=Import sales");
    await click(browser, "summary=Type a file's path instead");
    await fill(browser, "#import-path", big);
    await click(browser, "button=Read it");
    await (await browser.$("[data-preset=shopify]")).waitForExist({ timeout: 120000 });
    await browser.execute(() => [...document.querySelectorAll("main button")].find((b) => /^Import [\d,.\s]+ orders?$/.test(b.textContent.trim()))?.click());
    await (await browser.$("progress[aria-label='Import progress']")).waitForExist({ timeout: 10000 });
    await browser.pause(300);
    // The cancel command's round trip while the import holds the shop file: never behind the import.
    // Every other screen answers meanwhile: its reads go to a reader of the last committed state.
    const reads = await browser.executeAsync((done) => {
      const query = { search: null, tier: null, stage: null, niche: null, city: null, phase: null, platform: null, campaign_id: null, partner_id: null, include_archived: false, sort: "name", descending: false };
      const calls = [
        ["list_partners", { query }],
        ["dashboard", { from: "2024-01-01", to: "2024-12-31" }],
        ["sales_overview", {}],
        ["app_status", {}],
      ];
      const out = {};
      (async () => {
        for (const [cmd, args] of calls) {
          const t0 = performance.now();
          try {
            await window.__TAURI_INTERNALS__.invoke(cmd, args);
            out[cmd] = performance.now() - t0;
          } catch (e) {
            out[cmd] = `${cmd} failed: ${e?.message ?? e}`;
          }
        }
        done(out);
      })();
    });
    const ms = await browser.executeAsync((done) => {
      const t0 = performance.now();
      window.__TAURI_INTERNALS__.invoke("cancel_import").then(() => done(performance.now() - t0), (e) => done(-1));
    });
    assert.ok(ms >= 0 && ms < 200, `Cancel answered in ${ms} ms`);
    console.log(`# Cancel answered in ${ms.toFixed(1)} ms during the import`);
    for (const [cmd, took] of Object.entries(reads)) {
      assert.ok(typeof took === "number" && took < 500, `${cmd} during the import: ${took}`);
    }
    console.log(`# during the import: ${Object.entries(reads).map(([c, t]) => `${c} ${t.toFixed(1)} ms`).join(", ")}`);
    await (await browser.$("p*=Import cancelled: nothing was changed.")).waitForExist({ timeout: 30000 });
    await (await browser.$("[data-orders='0']")).waitForExist({ timeout: 10000 });
    await shot(browser, "import-cancelled");
  } finally {
    await browser.deleteSession();
    rmSync(dir, { recursive: true, force: true });
  }
});

test("the owner brings a partner spreadsheet in through the native dialog, sees the partners and the first step ticked, and undoes it", async () => {
  const { dir, db } = newShopFile();
  const browser = await launch(db);
  try {
    await setUpShop(browser);
    // A new shop's Dashboard lists the first steps, none done.
    await click(browser, "button*=Dashboard");
    await (await browser.$("[data-first-steps] [data-step='partners'][data-done='false']")).waitForExist({ timeout: 10000 });
    assert.match(await textOf(browser, "[data-first-steps]"), /0 of 4 done/);
    await shot(browser, "first-steps");
    await click(browser, "button*=Partners");
    await click(browser, "button=Import a spreadsheet…");
    await click(browser, "button=Choose a file…");
    // An Excel workbook with a merged two-row header, serial dates and one bad row (tests/fixtures/contacts).
    await answerOpenDialog("Choose a partner spreadsheet", join(FIXTURES, "contacts/creators.xlsx"));
    const report = await browser.$("[data-partner-import-report]");
    await report.waitForExist({ timeout: 15000 });
    assert.match(await report.getText(), /5 new.*1 problem/);
    assert.match(await textOf(browser, "[data-partner-import-problems]"), /TikTok Followers/);
    assert.match(await textOf(browser, "table[aria-label='Columns']"), /Instagram Handle/);
    await shot(browser, "partner-import-preview");
    await click(browser, "button=Import the valid rows");
    await browser.waitUntil(async () => /Imported: 5 new/.test(await textOf(browser, "[data-partner-import-done]")), { timeout: 15000 });
    await click(browser, "button=Done");
    await expectCount(browser, "tr[data-partner]", 5, "the five partners of the sheet");
    assert.match(await textOf(browser, "table"), /Olivia Grant/);
    await shot(browser, "partner-import-done");
    // The Dashboard ticks the step by itself.
    await click(browser, "button*=Dashboard");
    await (await browser.$("[data-first-steps] [data-step='partners'][data-done='true']")).waitForExist({ timeout: 10000 });
    await click(browser, "button*=Partners");
    // A second look: the latest import can be undone, and the partners go.
    await click(browser, "button=Import a spreadsheet…");
    await clickIn(browser, "[data-partner-import-latest]", "button=Undo");
    await browser.waitUntil(async () => (await browser.$$("tr[data-partner]")).length === 0, { timeout: 15000 });
  } finally {
    await browser.deleteSession();
    rmSync(dir, { recursive: true, force: true });
  }
});

test("a partner's TikTok export brings their posts into their campaigns, once, from their page", async () => {
  const { dir, db } = newShopFile();
  const { execFileSync } = await import("node:child_process");
  const { writeFileSync } = await import("node:fs");
  execFileSync(resolve(APP, "../locallift"), ["--db", db, "demo"]);
  // A TikTok Studio content export (its real header) with a video on each of the last 300 days, of an
  // account no partner has yet: imported from Maya's page, the videos on her campaigns' days are hers.
  const rows = ["Video title,Video link,Post time,Total views,Total likes,Total comments,Total shares"];
  for (let i = 1; i <= 300; i++) {
    const d = new Date(Date.now() - i * 86400000).toISOString().slice(0, 10);
    rows.push(`Video ${i},https://www.tiktok.com/@maya.e2e/video/${7476000000000000000n + BigInt(i)},${d},${1000 + i},${100 + i},${i % 7},${i % 5}`);
  }
  const file = join(dir, "tiktok-content.csv");
  writeFileSync(file, rows.join("\n"));
  const browser = await launch(db);
  try {
    await click(browser, "button*=Partners");
    await click(browser, "td*=Maya Okafor");
    await click(browser, "button=Import posts…");
    await fill(browser, "#posts-import-path", file);
    await click(browser, "button=Read");
    const report = await browser.$("[data-posts-import-report]");
    await report.waitForExist({ timeout: 15000 });
    const fresh = Number(await report.getAttribute("data-new"));
    const outside = Number(await report.getAttribute("data-outside"));
    assert.ok(fresh > 0 && outside > 0 && fresh + outside === 300, `new ${fresh}, outside ${outside}`);
    assert.match(await textOf(browser, "[data-posts-import-unknown]"), /@maya\.e2e/);
    await shot(browser, "posts-import-preview");
    await click(browser, "button=Import");
    await browser.waitUntil(async () => new RegExp(`Imported: ${fresh} new`).test(await textOf(browser, "[data-posts-import-done]")), { timeout: 15000 });
    await click(browser, "button=Done");
    // The same file again: nothing new.
    await click(browser, "button=Import posts…");
    await fill(browser, "#posts-import-path", file);
    await click(browser, "button=Read");
    await browser.waitUntil(async () => (await (await browser.$("[data-posts-import-report]")).getAttribute("data-unchanged")) === String(fresh), { timeout: 15000 });
    assert.equal(await (await browser.$("[data-posts-import-report]")).getAttribute("data-new"), "0");
  } finally {
    await browser.deleteSession();
    rmSync(dir, { recursive: true, force: true });
  }
});

test("the owner reads what customers said they heard from, and the campaign counts it apart from codes", async () => {
  const { dir, db } = newShopFile();
  const { execFileSync, writeFileSync } = { ...(await import("node:child_process")), ...(await import("node:fs")) };
  const cli = resolve(APP, "../locallift");
  // A Shopify export whose orders carry the customer's answer (tests/fixtures/survey, worked by hand in its
  // README), and Maya's March campaign with her code.
  execFileSync(cli, ["--db", db, "shop", "set", "--name", "Fern & Fable", "--currency", "USD", "--time-zone", "America/New_York"]);
  execFileSync(cli, ["--db", db, "import", join(FIXTURES, "survey/shopify-orders.csv")]);
  const spec = join(dir, "march.json");
  writeFileSync(spec, JSON.stringify({ name: "March", start: "2024-03-01", end: "2024-03-31", window_days: 14, partners: [{ name: "Maya Okafor", codes: ["MAYA15"], commission_pct: 10 }] }));
  execFileSync(cli, ["--db", db, "campaign", "create", spec]);
  const browser = await launch(db);
  try {
    await click(browser, "button*=Import sales");
    const section = "section[aria-label='How customers heard of you']";
    await (await browser.$(`${section} table[aria-label='Customer answers']`)).waitForExist({ timeout: 15000 });
    // Six ways of naming Maya are suggested as her; one click reads them all.
    await clickIn(browser, section, "button[data-accept-all]");
    await browser.waitUntil(async () => /6 of 10 answers read/.test(await textOf(browser, `${section} [data-read-count]`)), { timeout: 15000 });
    await (await browser.$(section)).scrollIntoView();
    await shot(browser, "survey-answers");
    await click(browser, "button*=Campaigns");
    await click(browser, "td*=March");
    const share = await browser.$("[data-said-share]");
    await share.waitForExist({ timeout: 15000 });
    assert.match(await share.getText(), /6 of 8 orders/);
    assert.match(await textOf(browser, "table[aria-label='Results by partner']"), /customer said/i);
    await shot(browser, "survey-results");
  } finally {
    await browser.deleteSession();
    rmSync(dir, { recursive: true, force: true });
  }
});

test("the owner brings a list of communities in from a spreadsheet and sees them", async () => {
  const { dir, db } = newShopFile();
  const browser = await launch(db);
  try {
    await setUpShop(browser);
    await click(browser, "button*=Communities");
    await click(browser, "button=Import a spreadsheet…");
    await fill(browser, "#partner-import-path", join(FIXTURES, "contacts/communities.csv"));
    await click(browser, "button=Read");
    const report = await browser.$("[data-partner-import-report]");
    await report.waitForExist({ timeout: 15000 });
    assert.match(await report.getText(), /4 new.*2 problems/);
    await click(browser, "button=Import the valid rows");
    await browser.waitUntil(async () => /Imported: 4 new/.test(await textOf(browser, "[data-partner-import-done]")), { timeout: 15000 });
    await click(browser, "button=Done");
    await browser.waitUntil(async () => /Alberta Run Club/.test(await textOf(browser, "table")), { timeout: 15000 });
    assert.match(await textOf(browser, "table"), /PDX Plant Swap/);
  } finally {
    await browser.deleteSession();
    rmSync(dir, { recursive: true, force: true });
  }
});
