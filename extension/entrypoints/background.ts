export default defineBackground(() => {
  browser.runtime.onInstalled.addListener(({ reason }) => {
    console.info(`Fact Sandwich background ready (${reason})`);
  });
});
