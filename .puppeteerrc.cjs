// Browsers come from Debian (chromium, firefox-esr); nothing is downloaded.
module.exports = {skipDownload: true};
