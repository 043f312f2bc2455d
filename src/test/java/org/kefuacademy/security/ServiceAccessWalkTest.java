package org.kefuacademy.security;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.aopalliance.intercept.MethodInterceptor;
import org.junit.jupiter.api.Test;
import org.kefuacademy.platform.Role;
import org.kefuacademy.platform.security.KefuUser;
import org.kefuacademy.testsupport.DatabaseTest;
import org.springframework.aop.Advisor;
import org.springframework.aop.framework.Advised;
import org.springframework.aop.framework.ProxyFactory;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.authorization.method.AuthorizationAdvisor;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;

/**
 * Walks every public method of every application service × every role.
 *
 * <p>(a) Each public method of a {@code @Service} (and of any bean using {@code @RolesAllowed} or
 * {@code @PermitAll}) carries a guard, on the method or its class, unless listed in
 * {@link #UNGUARDED} with the reason. Methods method security lets an anonymous caller through
 * ({@code @PermitAll}) must be listed in {@link #OPEN_TO_ANONYMOUS}.
 *
 * <p>(b) The role check is tested apart from the data-level check, so a business exception or a
 * "not your trainee" refusal cannot be mistaken for the role check (or hide its absence):
 * <ul>
 * <li>refused roles call the <em>real bean</em> with dummy arguments and must get
 * {@link AuthorizationDeniedException}, the exception of Spring Security's method interceptor,
 * thrown before the method body runs (so the call changes nothing). The services' own data-level
 * refusals are plain {@code AccessDeniedException}s and would not pass for it;</li>
 * <li>allowed roles call a copy of the bean's own proxy: the same authorization advisors taken from
 * the real bean, in front of a stub that records it was reached instead of running the method (so
 * no data is written and dummy arguments cannot fail).</li>
 * </ul>
 * "Allowed" comes from the annotation as Jakarta defines it (method over class; {@code @PermitAll}
 * = everyone including anonymous; {@code @DenyAll} = no one); the lists above keep what is open on
 * purpose explicit, and the walk proves that what the annotation says is what happens.
 */
class ServiceAccessWalkTest extends DatabaseTest {

    enum Who { ANONYMOUS, TRAINEE, TRAINER, HR, ADMIN }

    /** Public methods without a guard, each with the reason it needs none. "Class#method". */
    static final Map<String, String> UNGUARDED = Map.ofEntries(
            Map.entry("LoginViewRegistration#loginView", "tells the security configuration which view signs in; no data"),
            Map.entry("AccountUserDetailsService#loadUserByUsername", "Spring Security calls it to sign a person in, before anyone is signed in"),
            Map.entry("AuditLog#record", "called by guarded services on behalf of the signed-in person, and by sign-in events"),
            Map.entry("ContentVersionService#store", "inner store of the guarded content services; MANDATORY transaction: never called on its own"),
            Map.entry("ContentVersionService#find", "inner store of the guarded content services; MANDATORY transaction: never called on its own"),
            Map.entry("ContentVersionService#history", "inner store of the guarded content services; MANDATORY transaction: never called on its own"),
            Map.entry("FrameworkSync#framework", "the published competence framework (no personal data), also read by event listeners that run with no one signed in"),
            Map.entry("PersonalDataSource#section", "the name of a privacy-export section (a constant); export and anonymise are guarded"));

    /** Methods method security opens to an anonymous caller, each with the reason. */
    static final Map<String, String> OPEN_TO_ANONYMOUS = Map.ofEntries(
            Map.entry("CertificateService#verify", "public certificate verification; shows a masked name only"));

    private static final Object REACHED = new Object();

    @Autowired
    ApplicationContext context;

    @Test
    void every_public_service_method_has_a_guard_or_a_listed_reason() {
        List<String> unguarded = new ArrayList<>();
        List<String> openToAnonymous = new ArrayList<>();
        List<String> unproxyable = new ArrayList<>();
        for (Bean bean : beans()) {
            for (Method m : bean.methods()) {
                String name = bean.name() + "#" + m.getName();
                if (Modifier.isFinal(m.getModifiers())) {
                    unproxyable.add(name);
                }
                Set<Who> allowed = allowedByAnnotation(bean.type(), m);
                if (allowed == null && !UNGUARDED.containsKey(name) && !UNGUARDED.containsKey(interfaceName(bean.type(), m))) {
                    unguarded.add(name);
                }
                if (allowed != null && allowed.contains(Who.ANONYMOUS) && !OPEN_TO_ANONYMOUS.containsKey(name)) {
                    openToAnonymous.add(name);
                }
            }
        }
        assertThat(unguarded).as("public service methods without @RolesAllowed/@PermitAll").isEmpty();
        assertThat(openToAnonymous).as("methods open to anonymous callers (@PermitAll) not listed").isEmpty();
        assertThat(unproxyable).as("final methods escape the security proxy").isEmpty();
    }

    /** "Interface#method" when the method implements one declared by an application interface, else "". */
    private static String interfaceName(Class<?> type, Method m) {
        for (Class<?> i : org.springframework.util.ClassUtils.getAllInterfacesForClassAsSet(type)) {
            if (i.getName().startsWith("org.kefuacademy.")
                    && org.springframework.util.ReflectionUtils.findMethod(i, m.getName(), m.getParameterTypes()) != null) {
                return i.getSimpleName() + "#" + m.getName();
            }
        }
        return "";
    }

    @Test
    void the_lists_of_exceptions_name_existing_methods() {
        Set<String> all = beans().stream().flatMap(b -> b.methods().stream()
                        .flatMap(m -> java.util.stream.Stream.of(b.name() + "#" + m.getName(), interfaceName(b.type(), m))))
                .collect(Collectors.toSet());
        assertThat(all).containsAll(UNGUARDED.keySet()).containsAll(OPEN_TO_ANONYMOUS.keySet());
    }

    @Test
    void every_role_is_let_in_or_refused_by_method_security_exactly_as_the_annotation_says() throws Exception {
        Map<String, String> mismatches = new TreeMap<>();
        int calls = 0;
        int methods = 0;
        for (Bean bean : beans()) {
            Object stub = bean.guardedStub();
            if (!bean.methods().stream().allMatch(m -> allowedByAnnotation(bean.type(), m) == null)) {
                assertThat(((Advised) bean.instance()).getAdvisors()).as(bean.name() + " is proxied by method security")
                        .anyMatch(ServiceAccessWalkTest::isMethodSecurity);
            }
            for (Method m : bean.methods()) {
                Set<Who> allowed = allowedByAnnotation(bean.type(), m);
                if (allowed == null) {
                    continue; // listed in UNGUARDED (checked above)
                }
                methods++;
                for (Who who : Who.values()) {
                    calls++;
                    // refused: the real bean and the stub must both refuse (the stub is only trusted because it does)
                    String outcome = allowed.contains(who) ? passesRoleCheck(stub, m, who)
                            : firstProblem(refusedByRoleCheck(bean.instance(), m, who), refusedByRoleCheckOrNull(stub, m, who));
                    if (outcome != null) {
                        mismatches.put(bean.name() + "#" + m.getName() + " as " + who, outcome);
                    }
                }
            }
        }
        org.slf4j.LoggerFactory.getLogger(getClass()).info("Service walk: {} beans, {} guarded methods x {} roles = {} calls",
                beans().size(), methods, Who.values().length, calls);
        assertThat(mismatches).as("role decisions that differ from the annotation").isEmpty();
        assertThat(beans()).as("service beans walked").hasSizeGreaterThan(40);
        assertThat(calls).isEqualTo(methods * Who.values().length).isGreaterThan(1000);
    }

    private static String firstProblem(String first, String second) {
        return first != null ? first : second;
    }

    private String refusedByRoleCheckOrNull(Object stub, Method m, Who who) {
        String outcome = refusedByRoleCheck(stub, m, who);
        return outcome == null ? null : "stub: " + outcome;
    }

    /** Null when the stub behind the real advisors was reached; else what happened. */
    private String passesRoleCheck(Object stub, Method m, Who who) {
        try {
            Object result = as(who, () -> m.invoke(stub, dummyArguments(m)));
            return result == REACHED || m.getReturnType() != Object.class ? null : "stub not reached";
        } catch (InvocationTargetException e) {
            return "allowed by annotation but refused: " + e.getCause();
        } catch (Exception e) {
            return "allowed by annotation but failed: " + e;
        }
    }

    /** Null when the real bean refused in its role check (before the method body); else what happened. */
    private String refusedByRoleCheck(Object bean, Method m, Who who) {
        try {
            as(who, () -> m.invoke(bean, dummyArguments(m)));
            return "refused by annotation but the call went through";
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause();
            return cause instanceof AuthorizationDeniedException ? null
                    : "refused by annotation but the role check let it in (" + cause + ")";
        } catch (Exception e) {
            return "call failed: " + e;
        }
    }

    /** Jakarta semantics: the method's annotation wins over the class's; null = no guard at all. */
    static Set<Who> allowedByAnnotation(Class<?> type, Method m) {
        Set<Who> onMethod = allowed(m);
        return onMethod != null ? onMethod : allowed(type);
    }

    private static Set<Who> allowed(java.lang.reflect.AnnotatedElement e) {
        if (AnnotatedElementUtils.hasAnnotation(e, DenyAll.class)) {
            return EnumSet.noneOf(Who.class);
        }
        if (AnnotatedElementUtils.hasAnnotation(e, PermitAll.class)) {
            return EnumSet.allOf(Who.class);
        }
        RolesAllowed roles = AnnotatedElementUtils.findMergedAnnotation(e, RolesAllowed.class);
        if (roles == null) {
            return null;
        }
        Set<Who> who = EnumSet.noneOf(Who.class);
        Arrays.stream(roles.value()).map(Who::valueOf).forEach(who::add);
        return who;
    }

    /** Spring Security's method advisors (registered wrapped, hence the package test rather than a type test). */
    static boolean isMethodSecurity(Advisor advisor) {
        return advisor instanceof AuthorizationAdvisor || advisor.getClass().getName().startsWith("org.springframework.security.");
    }

    private interface Call {
        Object run() throws Exception;
    }

    private static Object as(Who who, Call call) throws Exception {
        Authentication auth = who == Who.ANONYMOUS
                ? new AnonymousAuthenticationToken("walk", "anonymousUser", AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS"))
                : authenticated(Role.valueOf(who.name()));
        SecurityContextHolder.getContext().setAuthentication(auth);
        try {
            return call.run();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private static Authentication authenticated(Role role) {
        KefuUser user = new KefuUser(-1L, "walk." + role.name().toLowerCase(), "walk", "", true, EnumSet.of(role));
        return UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
    }

    /** 0 for numbers, false, "" for strings, null for anything else: the role check reads none of them. */
    private static Object[] dummyArguments(Method m) {
        return Arrays.stream(m.getParameterTypes()).map(ServiceAccessWalkTest::dummy).toArray();
    }

    private static Object dummy(Class<?> type) {
        if (type == boolean.class) {
            return false;
        }
        if (type == long.class) {
            return 0L;
        }
        if (type == int.class) {
            return 0;
        }
        if (type == double.class) {
            return 0d;
        }
        if (type.isPrimitive()) {
            throw new IllegalArgumentException("add a dummy for " + type);
        }
        return type == String.class ? "" : null;
    }

    /** An application bean to walk: its proxy, its class and its public methods. */
    private record Bean(String name, Class<?> type, Object instance) {
        List<Method> methods() {
            List<Method> found = new ArrayList<>();
            for (Class<?> c = type; c != null && c.getName().startsWith("org.kefuacademy."); c = c.getSuperclass()) {
                Arrays.stream(c.getDeclaredMethods())
                        .filter(m -> Modifier.isPublic(m.getModifiers()) && !Modifier.isStatic(m.getModifiers()))
                        .filter(m -> !m.isSynthetic() && !m.isBridge())
                        .peek(m -> m.setAccessible(true)) // package-private beans (PersonalDataSource implementations)
                        .forEach(found::add);
            }
            found.sort(Comparator.comparing(Method::getName).thenComparing(m -> Arrays.toString(m.getParameterTypes())));
            return found;
        }

        /** The bean's own authorization advisors in front of a stub that never runs the method. */
        Object guardedStub() {
            ProxyFactory factory = new ProxyFactory();
            factory.setTargetClass(type);
            factory.setProxyTargetClass(true);
            if (instance instanceof Advised advised) {
                for (Advisor advisor : advised.getAdvisors()) {
                    if (isMethodSecurity(advisor)) {
                        factory.addAdvisor(advisor);
                    }
                }
            }
            factory.addAdvice((MethodInterceptor) invocation -> {
                Class<?> returns = invocation.getMethod().getReturnType();
                return returns == Object.class ? REACHED : dummyReturn(returns);
            });
            return factory.getProxy(type.getClassLoader());
        }

        private static Object dummyReturn(Class<?> type) {
            return type.isPrimitive() && type != void.class ? dummy(type) : null;
        }
    }

    /** Application beans that are services or use method-security annotations. */
    private List<Bean> beans() {
        List<Bean> found = new ArrayList<>();
        Set<String> seen = new TreeSet<>();
        for (String name : context.getBeanDefinitionNames()) {
            Class<?> type = context.getType(name);
            if (type == null) {
                continue;
            }
            Class<?> target = org.springframework.util.ClassUtils.getUserClass(type);
            if (!target.getName().startsWith("org.kefuacademy.") || !seen.add(target.getName())) {
                continue;
            }
            boolean service = AnnotatedElementUtils.hasAnnotation(target, Service.class);
            boolean guarded = Arrays.stream(target.getMethods()).anyMatch(m -> allowed(m) != null) || allowed(target) != null;
            if (service || guarded) {
                Object instance = context.getBean(name);
                found.add(new Bean(target.getSimpleName(), AopUtils.getTargetClass(instance), instance));
            }
        }
        return found;
    }
}
