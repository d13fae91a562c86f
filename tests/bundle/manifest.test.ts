import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";

const manifest = JSON.parse(readFileSync("appsscript.json", "utf8")) as { oauthScopes: string[] };

describe("the manifest", () => {
  it("asks for the spreadsheet it is bound to only, the menu and dialogs, and the user's address", () => {
    expect(manifest.oauthScopes).toContain("https://www.googleapis.com/auth/spreadsheets.currentonly");
    expect(manifest.oauthScopes).not.toContain("https://www.googleapis.com/auth/spreadsheets");
    expect(manifest.oauthScopes).toContain("https://www.googleapis.com/auth/script.container.ui");
  });

  it("asks to create Google Docs, and for Drive to file them with their PDF in the office's folder", () => {
    // DocumentApp.create needs `documents`; Folder.createFile and File.moveTo into a folder the
    // add-on did not create (the spreadsheet's, or `Thư mục Drive`) need `drive`: `drive.file`
    // reaches only files the add-on made or the user picked.
    expect(manifest.oauthScopes).toContain("https://www.googleapis.com/auth/documents");
    expect(manifest.oauthScopes).toContain("https://www.googleapis.com/auth/drive");
    expect(manifest.oauthScopes.filter((s) => s.includes("/auth/drive"))).toHaveLength(1);
  });
});
