/**
 * Spreadsheets in and out: report grids exported as .xlsx and CSV, rosters read from either, with the
 * checks an upload needs (size, type, disguised files, zip bombs).
 */
package org.kefuacademy.platform.tabular;
