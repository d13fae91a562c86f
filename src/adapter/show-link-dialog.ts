import { ui } from "./services";

// Every value is printed through `<?= ?>` (HTML-escaped): names come from the spreadsheet.
const PAGE = `<div style="font:14px Arial,sans-serif;line-height:1.45">
<p style="white-space:pre-line;margin-top:0"><?= message ?></p>
<p><a href="<?= url ?>" target="_blank" rel="noopener"><?= label ?></a></p>
</div>`;

/** A modal dialog saying `message`, with a link that opens `url` in a new tab. */
export function showLinkDialog(title: string, message: string, url: string, label: string): void {
  const template = HtmlService.createTemplate(PAGE);
  Object.assign(template, { message, url, label });
  ui().showModalDialog(template.evaluate().setWidth(460).setHeight(300), title);
}
