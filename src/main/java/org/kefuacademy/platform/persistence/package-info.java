/** Persistence set-up shared by every feature: how Spring Data JPA treats the declared queries. */
package org.kefuacademy.platform.persistence;
