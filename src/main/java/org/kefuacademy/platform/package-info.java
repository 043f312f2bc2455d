/**
 * Cross-cutting pieces every feature uses: roles and the current user, security configuration,
 * internationalisation, the clock, user-facing errors and the application shell.
 * Depends on no other feature.
 */
package org.kefuacademy.platform;
