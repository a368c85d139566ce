/**
 * {@code pcf serve}: the web page and the HTTP API ({@code cli-contract.md} v1.1), on Javalin
 * (Jetty 12), the only package that imports it. One more client of the facade {@link dev.pcf.Pcf},
 * like the command line: it reads uploads from memory, never names a file after anything a client
 * sends, runs at most {@code --max-jobs} jobs at once (more get 503 with Retry-After), requires a
 * bearer token on any address but loopback, and answers 4xx, never 500, to anything a workbook
 * holds. The page is server-rendered HTML with one small script and one stylesheet from the jar
 * under a strict Content-Security-Policy.
 */
package dev.pcf.server;
