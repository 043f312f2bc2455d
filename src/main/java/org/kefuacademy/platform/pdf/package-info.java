/** Shared PDF pieces (OpenPDF): the embedded Chinese font, loaded once for every document the features draw. */
package org.kefuacademy.platform.pdf;
