package org.kefuacademy.people;

import java.security.SecureRandom;

/**
 * Initial passwords for imported accounts: 12 random characters (about 69 bits) in three groups, from an
 * alphabet without look-alikes (0/O, 1/l/I), so that HR can read them out or print them.
 */
final class InitialPasswords {
    private static final String ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZabcdefghjkmnpqrstuvwxyz23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private InitialPasswords() {
    }

    static String generate(String username) {
        while (true) {
            StringBuilder password = new StringBuilder();
            for (int i = 0; i < 12; i++) {
                if (i > 0 && i % 4 == 0) {
                    password.append('-');
                }
                password.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
            }
            try {
                PasswordPolicy.check(password.toString(), username);
                return password.toString();
            } catch (org.kefuacademy.platform.UserFacingException unlucky) {
                // Vanishingly rare (the user name inside it): draw again.
            }
        }
    }
}
