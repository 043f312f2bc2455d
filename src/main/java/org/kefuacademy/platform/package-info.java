/**
 * Cross-cutting pieces every feature uses: roles and the current user, security configuration,
 * internationalisation, the clock, user-facing errors and the application shell.
 * Depends on no other feature; open, so features may use its sub-packages.
 */
@ApplicationModule(type = ApplicationModule.Type.OPEN)
package org.kefuacademy.platform;

import org.springframework.modulith.ApplicationModule;
