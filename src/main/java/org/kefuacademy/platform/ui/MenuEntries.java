package org.kefuacademy.platform.ui;

import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The side menu's entries, worked out once per set of authorities. Vaadin builds the list by running
 * every route's access check, which took a tenth of the CPU of a page view in the load test
 * (docs/PERFORMANCE.md); the outcome depends only on who is signed in with which authorities. Kept
 * in the Vaadin context, so it lives as long as the routes it was built from.
 */
final class MenuEntries {
    private record Viewer(boolean signedIn, Set<String> authorities) {
    }

    private final Map<Viewer, List<MenuEntry>> byViewer = new ConcurrentHashMap<>();

    private MenuEntries() {
    }

    static List<MenuEntry> forCurrentViewer() {
        MenuEntries cache = VaadinService.getCurrent().getContext().getAttribute(MenuEntries.class, MenuEntries::new);
        return cache.byViewer.computeIfAbsent(currentViewer(), viewer -> List.copyOf(MenuConfiguration.getMenuEntries()));
    }

    private static Viewer currentViewer() {
        Authentication signedIn = SecurityContextHolder.getContext().getAuthentication();
        if (signedIn == null || !signedIn.isAuthenticated() || signedIn instanceof AnonymousAuthenticationToken) {
            return new Viewer(false, Set.of());
        }
        return new Viewer(true, signedIn.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .collect(Collectors.toUnmodifiableSet()));
    }
}
