import { readFileSync } from "node:fs";
import { expect, openLivePanel, test } from "./fixtures/live-site";

// Issue 28: a windows-1251 feed showed every title as U+FFFD, an ISO-8859-1 one was refused. Feeds in the
// encodings newsrooms publish in (e2e/fixtures/feeds/, texts written for the test), served as bytes by a real
// HTTP server on 127.0.0.1, with the Content-Type headers real servers send: with a charset, and without one.
test.use({ timezoneId: "UTC", locale: "en-GB", reducedMotion: "reduce" });
test.describe.configure({ mode: "serial" });

const feedFile = (name: string) =>
  new Uint8Array(readFileSync(new URL(`./fixtures/feeds/${name}`, import.meta.url)));

const cases = [
  {
    file: "windows-1251.rss.xml",
    contentType: "application/rss+xml",
    source: "Пробная лента на кириллице",
    headings: ["Первая запись: проверка кодировки", "Вторая запись"],
    text: "Буквы ё, щ и ъ должны читаться без искажений.",
  },
  {
    file: "windows-1251.rss.xml",
    contentType: "application/rss+xml; charset=windows-1251",
    source: "Пробная лента на кириллице",
    headings: ["Первая запись: проверка кодировки", "Вторая запись"],
    text: "Ещё одна запись, чтобы в ленте их было две.",
  },
  {
    file: "iso-8859-1.rss.xml",
    contentType: "text/xml; charset=ISO-8859-1",
    source: "Flux d'essai en Latin-1",
    headings: ["Été : essai d'encodage à Genève", "Deuxième entrée, « guillemets » compris"],
    text: "Les lettres é, è, ç, à et ü doivent s'afficher telles quelles.",
  },
  {
    file: "shift_jis.atom.xml",
    contentType: "application/atom+xml",
    source: "試験用フィード",
    headings: ["文字コードの試験：一件目", "二件目の見出し"],
    text: "日本語の本文が正しく表示されることを確かめます。",
  },
  {
    file: "utf-16.rss.xml",
    contentType: "text/xml",
    source: "UTF-16 test feed: Ελληνικά, 中文, Русский",
    headings: ["Ελληνικά: μια δοκιμαστική εγγραφή", "中文：测试条目"],
    text: "为测试而写的文字。",
  },
];

for (const { file, contentType, source, headings, text } of cases) {
  test(`${file} served as ${contentType}: titles, text and source read as written`, async ({
    page,
    liveSite,
  }) => {
    liveSite.reply({ status: 200, body: feedFile(file), contentType });
    const panel = await openLivePanel(page, liveSite, "live");
    await expect(panel.headings()).toHaveText(headings);
    await expect(panel.region).toContainText(`Source: ${source}`);
    await expect(panel.region).toContainText(text);
    await expect(panel.region).not.toContainText("\uFFFD");
  });
}

test("a feed that is not valid UTF-8 is refused with the reason, never shown as U+FFFD", async ({
  page,
  liveSite,
}) => {
  liveSite.reply({ status: 200, body: feedFile("not-utf-8.rss.xml"), contentType: "application/rss+xml" });
  const panel = await openLivePanel(page, liveSite, "stale");
  await expect(panel.region).toContainText("The feed is not valid UTF-8 text.");
  await expect(panel.headings()).toHaveCount(0);
  await expect(panel.region).not.toContainText("\uFFFD");
});
