package org.kefuacademy.demo;

import java.util.List;
import java.util.Set;
import org.kefuacademy.platform.Role;

/** The demo logins listed in the README. One shared password keeps the demo easy to try. */
public final class DemoAccounts {
    public static final String PASSWORD = "Kefu@2026";

    public record Demo(String username, String displayName, Set<Role> roles, String employeeNo) {
    }

    public static final Demo ADMIN = new Demo("admin", "系统管理员", Set.of(Role.ADMIN), "A0001");
    public static final Demo HR = new Demo("hr.zhao", "赵敏", Set.of(Role.HR), "H0102");
    public static final Demo TRAINER = new Demo("trainer.wang", "王建国", Set.of(Role.TRAINER), "T0201");
    public static final Demo TRAINER_2 = new Demo("mentor.sun", "孙丽华", Set.of(Role.TRAINER), "T0207");
    public static final Demo TRAINEE_AHEAD = new Demo("trainee.li", "李晓雯", Set.of(Role.TRAINEE), "K2611001");
    public static final Demo TRAINEE_ON_TRACK = new Demo("trainee.chen", "陈浩", Set.of(Role.TRAINEE), "K2611002");
    public static final Demo TRAINEE_BEHIND = new Demo("trainee.zhou", "周婷", Set.of(Role.TRAINEE), "K2611003");
    public static final Demo TRAINEE_NEXT = new Demo("trainee.wu", "吴俊杰", Set.of(Role.TRAINEE), "K2612001");
    /** Finished last month's cohort, passed the final assessment and holds a certificate. */
    public static final Demo GRADUATE = new Demo("trainee.he", "何佳怡", Set.of(Role.TRAINEE), "K2610005");

    public static final List<Demo> ALL = List.of(ADMIN, HR, TRAINER, TRAINER_2, TRAINEE_AHEAD, TRAINEE_ON_TRACK,
            TRAINEE_BEHIND, TRAINEE_NEXT, GRADUATE);

    private DemoAccounts() {
    }
}
