import { describe, expect, it } from "vitest";
import { checkAuthRequest } from "./auth-request";

const FORM = "application/x-www-form-urlencoded";
const good = "csrfToken=abc&email=ann%40force.example&password=secret&callbackUrl=%2Fapp&json=true";
const credentials = (body: string | null, contentType: string | null = FORM) =>
  checkAuthRequest({ method: "POST", route: "callback/credentials", contentType, body });

describe("requests to the sign-in endpoints", () => {
  it("passes the form next-auth's client sends", () => {
    expect(credentials(good)).toEqual({ ok: true });
    expect(credentials(good, `${FORM}; charset=UTF-8`)).toEqual({ ok: true });
  });

  it("refuses junk with a 400 that says what to fix", () => {
    expect(credentials("{nope", "application/json")).toEqual({ ok: false, status: 400, message: "The request body is not valid JSON." });
    expect(credentials('{"email":{"$ne":1}}', "application/json")).toMatchObject({
      status: 400,
      message: `Send the sign-in form as ${FORM}.`,
    });
    expect(credentials("garbage", "text/plain")).toMatchObject({ status: 400 });
    expect(credentials("garbage", null)).toMatchObject({ status: 400 });
    expect(credentials("csrfToken=abc&password=x")).toMatchObject({ status: 400, message: "Enter your email address." });
    expect(credentials("csrfToken=abc&email=a%40b.c")).toMatchObject({ status: 400, message: "Enter your password." });
    expect(credentials("email=a%40b.c&password=x")).toMatchObject({ status: 400, message: /csrfToken/ });
    expect(credentials(`${good}&email=other%40force.example`)).toMatchObject({ status: 400, message: "Send email once." });
    expect(credentials(`csrfToken=abc&email=a%40b.c&password=${"x".repeat(201)}`)).toMatchObject({ status: 400, message: /too long/ });
  });

  it("says 413 for a body too large to read, and 405 for a GET of the credentials callback", () => {
    expect(credentials(null)).toMatchObject({ status: 413 });
    expect(checkAuthRequest({ method: "GET", route: "callback/credentials", contentType: null, body: "" })).toMatchObject({ status: 405 });
  });

  it("leaves other endpoints to next-auth, except for malformed JSON", () => {
    expect(checkAuthRequest({ method: "GET", route: "session", contentType: null, body: "" })).toEqual({ ok: true });
    expect(checkAuthRequest({ method: "POST", route: "signout", contentType: FORM, body: "csrfToken=x" })).toEqual({ ok: true });
    expect(checkAuthRequest({ method: "POST", route: "session", contentType: "application/json", body: '{"csrfToken":"x"}' })).toEqual({
      ok: true,
    });
    expect(checkAuthRequest({ method: "POST", route: "session", contentType: "application/json", body: "[1" })).toMatchObject({
      status: 400,
    });
  });
});
