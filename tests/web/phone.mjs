// A teacher's phone, in Debian's Chromium: joins by the QR's address, picks school and name,
// writes a commitment and waits for "Recibido". Exits 0 when received; prints what it saw.
// Usage: node phone.mjs URL SCHOOL NAME SCREENSHOT.png
import puppeteer from 'puppeteer-core';

const [url, school, name, screenshot] = process.argv.slice(2);
const browser = await puppeteer.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
});
try {
  const page = await browser.newPage();
  // A common phone: 390×844 CSS pixels at 3× density, touch.
  await page.setViewport({ width: 390, height: 844, deviceScaleFactor: 1, isMobile: true, hasTouch: true });
  const problems = [];
  page.on('pageerror', (error) => problems.push(String(error)));
  page.on('console', (message) => { if (message.type() === 'error') problems.push(message.text()); });
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForSelector('#join:not([hidden])');
  await page.select('#school', school);
  const person = await page.$$eval('#person option', (options, wanted) =>
    (options.find((o) => o.textContent === wanted) || {}).value, name);
  if (!person) throw new Error(`«${name}» is not in the list`);
  await page.select('#person', person);
  await page.click('#joinButton');
  await page.waitForSelector('#form:not([hidden]) #field-actions');
  await page.type('#field-studentsNeed', 'Comprender lo que leen <b>y</b> explicarlo');
  await page.type('#field-actions', 'Lectura en voz alta 20 minutos diarios');
  // An emoji sequence (a teacher, a skin tone, a joiner) and an Otomí letter with its mark.
  await page.type('#field-shareHow', 'Una muestra de cuadernos 👩🏽‍🏫 en hña̱hñu');
  await page.type('#field-evidence', 'Registro de lectura');
  await page.click('#send');
  await page.waitForFunction(() => document.getElementById('status').textContent.includes('Recibido'),
    { timeout: 20000 });
  // The same text typed as markup stays text: no <b> element was made anywhere.
  const bold = await page.$$eval('b', (elements) => elements.length);
  await page.screenshot({ path: screenshot, fullPage: true });
  console.log(JSON.stringify({ received: true, bold, problems }));
  if (problems.length || bold) process.exitCode = 2;
} finally {
  await browser.close();
}
