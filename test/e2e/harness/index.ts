// The real-browser test harness. Import from here in test/e2e/*.test.ts (and scripts/start.ts):
//
//   const s = await launchWithExtension({ hosts: { 'portal.aws.amazon.com': DEMO.aws } });
//   const page = await s.context.newPage();
//   await page.goto(s.url('portal.aws.amazon.com', '/billing/signup'));
//   const flow = await waitForTabFlow(s, page);           // the tab's flow, asked as the popup asks
//   const popup = await s.popupFor(page);                  // chrome-extension://<id>/src/popup/index.html?tab=<id>
//   await s.stopWorker();                                  // CDP ServiceWorker.stopWorker
//   await s.close();
//
// See README.md in this folder for the whole API and the reasons behind it.
export { findChromium, findFirefox } from './browsers.ts';
export {
  type ChromiumExtensionSession,
  type ChromiumLaunchOptions,
  chromiumArgs,
  launchWithExtension,
  POPUP_PATH,
  type StorageAreaName,
  type WorkerMessageRecorder,
} from './chromium.ts';
export { type FirefoxExtensionSession, type FirefoxLaunchOptions, launchFirefoxWithExtension } from './firefox.ts';
export {
  type FixtureServer,
  type FixtureServerOptions,
  type Gate,
  type HostFolders,
  type LoggedRequest,
  startFixtureServer,
} from './fixture-server.ts';
export { DEMO_DIR, DIST_CHROME, DIST_FIREFOX, DIST_FIREFOX_TEST, E2E_FIXTURES_DIR, hostFolders, layerHostFolders, REPO_ROOT, RESULTS_DIR } from './paths.ts';
export { openAllPanels } from './popup.ts';
export { type BrowserName, BROWSERS, driverPage, type ExtensionSession, launchSession, type TestPage, type Typeable } from './session.ts';
export { artifactPath, eventually, type FlowReader, flowFromReply, waitForTabFlow } from './wait.ts';
