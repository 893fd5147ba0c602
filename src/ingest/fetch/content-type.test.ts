import { describe, expect, it } from "vitest";
import { isAccepted, parseContentType } from "./content-type.js";

describe("parseContentType", () => {
  it("lower-cases the media type and the charset and drops other parameters", () => {
    expect(parseContentType("Text/HTML; Charset=Windows-1256; foo=bar")).toEqual({
      mediaType: "text/html",
      charset: "windows-1256",
    });
  });

  it("unquotes a quoted charset and keeps a ';' inside quotes", () => {
    expect(parseContentType('text/plain; a="x;y"; charset="UTF-8"')).toEqual({
      mediaType: "text/plain",
      charset: "utf-8",
    });
  });

  it("reads null from a missing or unreadable header", () => {
    expect(parseContentType(undefined)).toEqual({ mediaType: null, charset: null });
    expect(parseContentType("")).toEqual({ mediaType: null, charset: null });
    expect(parseContentType("nonsense")).toEqual({ mediaType: null, charset: null });
  });

  it("takes the last of repeated headers", () => {
    expect(parseContentType(["text/plain", "text/html; charset=utf-8"]).mediaType).toBe("text/html");
  });
});

describe("isAccepted", () => {
  it("matches exact types and type/* families", () => {
    expect(isAccepted("text/html", ["text/html"])).toBe(true);
    expect(isAccepted("image/png", ["text/html"])).toBe(false);
    expect(isAccepted("image/png", ["image/*"])).toBe(true);
    expect(isAccepted("imagex/png", ["image/*"])).toBe(false);
  });
});
