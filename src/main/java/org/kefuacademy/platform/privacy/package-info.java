/** Personal information (PIPL): the contract each feature implements so one export and one anonymisation reach all of it. */
package org.kefuacademy.platform.privacy;
