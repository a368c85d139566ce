/**
 * The verification workbook ({@code verification-contract.md} v1): its schema, the blank template
 * ({@code pcf template --verification}), the reader, and the rules that tie it to the company's
 * workbook and calculated footprint. Reuses the company workbook reader's helpers (headers by
 * text, typed cells, every problem with its cell).
 */
package dev.pcf.verification;
