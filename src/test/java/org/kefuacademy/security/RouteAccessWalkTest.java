package org.kefuacademy.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouteNotFoundError;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.kefuacademy.testsupport.DemoUiTest;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * Walks every route × every role by real navigation (the application's own access control, the
 * password-change gate and the login redirect all take part) and compares with {@link #EXPECTED}.
 * A route not in the table fails the walk: a new view must be added here on purpose, with the roles
 * that may open it. "Refused" means the navigation ended on the not-found page (Vaadin hides a
 * forbidden route) or, for an anonymous visitor, on the login page. A view that opens but finds
 * nothing for the sample parameter (or is refused by the service's data-level check) still counts
 * as "opened": the route itself let the person in.
 */
class RouteAccessWalkTest extends DemoUiTest {

    enum Who { ANONYMOUS, TRAINEE, TRAINER, HR, ADMIN }

    private static final Set<Who> ANYONE = EnumSet.allOf(Who.class);
    private static final Set<Who> SIGNED_IN = EnumSet.of(Who.TRAINEE, Who.TRAINER, Who.HR, Who.ADMIN);
    private static final Set<Who> TRAINEE = EnumSet.of(Who.TRAINEE);
    private static final Set<Who> STAFF = EnumSet.of(Who.TRAINER, Who.HR, Who.ADMIN);
    private static final Set<Who> AUTHORS = EnumSet.of(Who.TRAINER, Who.ADMIN);
    private static final Set<Who> HR_ADMIN = EnumSet.of(Who.HR, Who.ADMIN);
    private static final Set<Who> ADMIN = EnumSet.of(Who.ADMIN);

    /** View (simple class name) → who may open it. Keep in step with the product's role table. */
    static final Map<String, Set<Who>> EXPECTED = Map.ofEntries(
            // public: sign-in and certificate verification
            Map.entry("LoginView", ANYONE),
            Map.entry("VerifyView", ANYONE),
            // everyone signed in
            Map.entry("HomeView", SIGNED_IN),
            Map.entry("ReferencesView", SIGNED_IN),
            Map.entry("SearchView", SIGNED_IN),
            Map.entry("ModuleReaderView", SIGNED_IN),
            Map.entry("ChangePasswordView", SIGNED_IN),
            // a trainee's own learning
            Map.entry("MyLearningView", TRAINEE),
            Map.entry("AssessmentsView", TRAINEE),
            Map.entry("ExamView", TRAINEE),
            Map.entry("FinalResultView", TRAINEE),
            Map.entry("MySummariesView", TRAINEE),
            Map.entry("RoleplayListView", TRAINEE),
            Map.entry("MyCompetenceView", TRAINEE),
            Map.entry("MyMentorView", TRAINEE),
            Map.entry("MySurveysView", TRAINEE),
            Map.entry("SurveyFormView", TRAINEE),
            // a result or a debrief: its owner and the staff (the service checks whose it is)
            Map.entry("ResultView", SIGNED_IN),
            Map.entry("DebriefView", SIGNED_IN),
            // playing a run: the trainee, and trainers/admins trying a scenario out
            Map.entry("PlayView", EnumSet.of(Who.TRAINEE, Who.TRAINER, Who.ADMIN)),
            // people's records: trainers (their cohorts), HR, admins
            Map.entry("PeopleView", STAFF),
            Map.entry("PersonRecordView", STAFF),
            Map.entry("PersonCompetenceView", STAFF),
            Map.entry("CohortCompetenceView", STAFF),
            Map.entry("CohortSummariesView", STAFF),
            Map.entry("RunReviewView", STAFF),
            Map.entry("MentoringView", STAFF),
            Map.entry("PerformanceView", STAFF),
            Map.entry("HrDashboardView", STAFF),
            Map.entry("EvaluationView", STAFF),
            // assessing: trainers and admins
            Map.entry("GradingView", AUTHORS),
            Map.entry("ObservationView", AUTHORS),
            // content: read by staff, edited by trainers and admins
            Map.entry("ModulesAdminView", STAFF),
            Map.entry("ModulePreviewView", STAFF),
            Map.entry("QuestionBankView", STAFF),
            Map.entry("ItemStatisticsView", STAFF),
            Map.entry("ScenariosAdminView", STAFF),
            Map.entry("ModuleEditorView", AUTHORS),
            Map.entry("BankEditorView", AUTHORS),
            Map.entry("AssessmentEditorView", AUTHORS),
            Map.entry("ScenarioEditorView", AUTHORS),
            // HR and admins
            Map.entry("CohortsView", HR_ADMIN),
            Map.entry("RosterImportView", HR_ADMIN),
            Map.entry("CertificatesView", HR_ADMIN),
            // administrators only
            Map.entry("AccountsView", ADMIN),
            Map.entry("AuditView", ADMIN));

    /** A sample parameter for each parameterised view (demo data; a missing one is shown as such, not refused). */
    private static final Map<String, String> SAMPLE_PARAMETER = Map.ofEntries(
            Map.entry("VerifyView", "KF-0000-0000"),
            Map.entry("ModuleReaderView", "w1d1-company-and-service-philosophy"),
            Map.entry("ModulePreviewView", "w1d1-company-and-service-philosophy"),
            Map.entry("ModuleEditorView", "w1d1-company-and-service-philosophy"),
            Map.entry("ExamView", "1"),
            Map.entry("ResultView", "1"),
            Map.entry("DebriefView", "1"),
            Map.entry("PlayView", "1"),
            Map.entry("PersonRecordView", "1"),
            Map.entry("PersonCompetenceView", "1"),
            Map.entry("SurveyFormView", "sample"),
            Map.entry("BankEditorView", "sample"),
            Map.entry("AssessmentEditorView", "sample"),
            Map.entry("ScenarioEditorView", "new"));

    @Test
    void every_route_class_is_registered_and_in_the_table() {
        Set<String> scanned = routeClasses().stream().map(Class::getSimpleName).collect(Collectors.toCollection(TreeSet::new));
        Set<String> registered = RouteConfiguration.forApplicationScope().getAvailableRoutes().stream()
                .map(r -> r.getNavigationTarget())
                .filter(c -> c.getName().startsWith("org.kefuacademy."))
                .map(Class::getSimpleName).collect(Collectors.toCollection(TreeSet::new));
        assertThat(registered).as("routes Vaadin knows = @Route classes found on the classpath").isEqualTo(scanned);
        assertThat(new TreeSet<>(EXPECTED.keySet())).as("every route has an expected row, and no row is stale").isEqualTo(scanned);
        assertThat(scanned).hasSize(46);
    }

    @Test
    @WithAnonymousUser
    void anonymous_visitor_opens_only_sign_in_and_verification() {
        assertWalk(Who.ANONYMOUS);
    }

    @Test
    @WithUserDetails("trainee.li")
    void trainee_walk_matches_the_table() {
        assertWalk(Who.TRAINEE);
    }

    @Test
    @WithUserDetails("trainer.wang")
    void trainer_walk_matches_the_table() {
        assertWalk(Who.TRAINER);
    }

    @Test
    @WithUserDetails("hr.zhao")
    void hr_walk_matches_the_table() {
        assertWalk(Who.HR);
    }

    @Test
    @WithUserDetails("admin")
    void administrator_walk_matches_the_table() {
        assertWalk(Who.ADMIN);
    }

    private void assertWalk(Who who) {
        Map<String, Boolean> expected = new TreeMap<>();
        Map<String, Boolean> actual = new TreeMap<>();
        for (Class<?> view : routeClasses()) {
            String name = view.getSimpleName();
            assertThat(EXPECTED).as("expected row for " + name).containsKey(name);
            expected.put(name, EXPECTED.get(name).contains(who));
            actual.put(name, opens(view));
        }
        List<String> mismatches = new ArrayList<>();
        expected.forEach((name, allowed) -> {
            if (!allowed.equals(actual.get(name))) {
                mismatches.add(name + (allowed ? " should open but was refused" : " should be refused but opened"));
            }
        });
        assertThat(mismatches).as(who + ": routes whose access differs from the table").isEmpty();
        assertThat(actual).hasSize(46);
    }

    /** Navigates as the current user; true when the route let them in. */
    private boolean opens(Class<?> view) {
        String location = location(view);
        try {
            UI.getCurrent().navigate(location);
        } catch (RuntimeException viewFailedAfterEntering) {
            // the access check runs before the view is built: an error from the view means it was entered
            return true;
        }
        Class<?> landed = getCurrentView().getClass();
        if (RouteNotFoundError.class.isAssignableFrom(landed)) {
            return false;
        }
        return landed == view || !landed.getSimpleName().equals("LoginView");
    }

    private static String location(Class<?> view) {
        String path = view.getAnnotation(Route.class).value();
        if (!HasUrlParameter.class.isAssignableFrom(view)) {
            return path;
        }
        String parameter = SAMPLE_PARAMETER.get(view.getSimpleName());
        assertThat(parameter).as("sample parameter for " + view.getSimpleName()).isNotNull();
        return path.isEmpty() ? parameter : path + "/" + parameter;
    }

    /** Every {@code @Route} class of the application, found on the classpath (not from the registry). */
    static List<Class<? extends Component>> routeClasses() {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Route.class));
        List<Class<? extends Component>> found = new ArrayList<>();
        scanner.findCandidateComponents("org.kefuacademy").forEach(bd -> {
            try {
                found.add(Class.forName(bd.getBeanClassName()).asSubclass(Component.class));
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException(e);
            }
        });
        return found;
    }
}
