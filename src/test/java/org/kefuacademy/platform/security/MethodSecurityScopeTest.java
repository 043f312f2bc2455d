package org.kefuacademy.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kefuacademy.assessment.AttemptService;
import org.kefuacademy.testsupport.DatabaseTest;
import org.springframework.aop.Advisor;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.security.authorization.method.AuthorizationAdvisor;
import org.springframework.util.ClassUtils;

/**
 * Method security wraps services, not Vaadin views: views are guarded by Vaadin's view access
 * checker (RouteAccessWalkTest), and a proxy per view instance was pure cost (docs/PERFORMANCE.md).
 */
class MethodSecurityScopeTest extends DatabaseTest {
    @Autowired
    ApplicationContext context;

    @Test
    void noViewIsWrappedInMethodSecurity() throws ClassNotFoundException {
        List<Class<?>> guardedViews = routeClasses().stream().filter(view -> view.isAnnotationPresent(RolesAllowed.class)).toList();

        assertThat(guardedViews).hasSizeGreaterThan(20);
        for (Class<?> view : guardedViews) {
            assertThat(authorizationAdvisors()).as(view.getName())
                    .noneMatch(advisor -> AopUtils.canApply(advisor, view));
        }
    }

    @Test
    void servicesStillAre() {
        assertThat(authorizationAdvisors()).anyMatch(advisor -> AopUtils.canApply(advisor, AttemptService.class));
        assertThat(AopUtils.isAopProxy(context.getBean(AttemptService.class))).isTrue();
    }

    private List<Advisor> authorizationAdvisors() {
        return context.getBeansOfType(Advisor.class).values().stream()
                .filter(AuthorizationAdvisor.class::isInstance).toList();
    }

    private static List<Class<?>> routeClasses() throws ClassNotFoundException {
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Route.class));
        List<Class<?>> views = new ArrayList<>();
        for (var candidate : scanner.findCandidateComponents("org.kefuacademy")) {
            views.add(ClassUtils.forName(candidate.getBeanClassName(), MethodSecurityScopeTest.class.getClassLoader()));
        }
        return views;
    }
}
