/**
 * Kefu Academy (客服学院): onboarding, assessment and certification of property-management
 * customer-service staff. One sub-package per feature; see ARCHITECTURE.md and docs/decisions.
 */
package org.kefuacademy;
