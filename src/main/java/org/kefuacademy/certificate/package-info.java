/**
 * The final comprehensive assessment (theory + practical + attitude, weighted and passed by the rules
 * HR sets) and certificates: PDF with an embedded Chinese font and a QR code, a public verification
 * page, automatic, single and bulk issue, revocation and expiry.
 */
package org.kefuacademy.certificate;
