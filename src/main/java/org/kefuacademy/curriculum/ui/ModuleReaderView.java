package org.kefuacademy.curriculum.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.ClientCallable;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.stream.Collectors;
import org.kefuacademy.curriculum.CurriculumService;
import org.kefuacademy.curriculum.ModulePage;
import org.kefuacademy.curriculum.PageKind;
import org.kefuacademy.platform.UserFacingException;
import org.kefuacademy.platform.security.CurrentUser;
import org.kefuacademy.platform.Role;
import org.kefuacademy.platform.ui.Notices;

/**
 * Reads one page: objectives, contents, the text with its flowcharts, "mark as complete", and
 * the previous and next day. Reading time and the last section reached are reported while the
 * page is open, so a trainee resumes where they left off.
 */
@Route("learn")
@PermitAll
class ModuleReaderView extends VerticalLayout implements HasUrlParameter<String>, HasDynamicTitle {
    private final transient CurriculumService curriculum;
    private final transient Clock clock;
    private final boolean trainee;
    private String key;
    private String title = "";
    private Instant lastReport;
    private String lastAnchor;

    ModuleReaderView(CurriculumService curriculum, CurrentUser currentUser, Clock clock) {
        this.curriculum = curriculum;
        this.clock = clock;
        this.trainee = currentUser.require().hasRole(Role.TRAINEE);
        addClassName("kefu-page");
        addClassName("kefu-reader");
    }

    @Override
    public void setParameter(BeforeEvent event, String parameter) {
        removeAll();
        try {
            key = parameter;
            show(curriculum.open(parameter));
        } catch (UserFacingException e) {
            key = null;
            add(new H1(getTranslation("module.not-found", parameter)));
        }
    }

    private void show(ModulePage page) {
        title = page.module().title();
        lastReport = clock.instant();
        lastAnchor = page.resumeAnchor();
        Span where = new Span(page.module().kind() == PageKind.MODULE
                ? getTranslation("module.week-day", page.module().week(), page.module().day())
                : getTranslation("module.reference"));
        where.addClassName("kefu-muted");
        H1 heading = new H1(page.module().title());
        heading.setId("module-title");
        Span meta = new Span(getTranslation("module.meta", page.module().minutes(), page.versionNo(),
                page.module().competences().stream().map(c -> getTranslation(c.labelKey())).collect(Collectors.joining("、"))));
        meta.addClassName("kefu-muted");
        add(where, heading, meta);
        if (!page.objectives().isEmpty()) {
            UnorderedList goals = new UnorderedList();
            page.objectives().forEach(o -> goals.add(new ListItem(o)));
            Div box = new Div(new Span(getTranslation("module.objectives")), goals);
            box.addClassName("kefu-objectives");
            add(box);
        }
        Div body = new Div(ModuleContent.tableOfContents(page.rendered(), getTranslation("module.contents")),
                new ModuleContent(page.rendered()));
        body.addClassName("kefu-reader-body");
        add(body, footer(page));
        if (page.resumeAnchor() != null && !page.completed()) {
            addAttachListener(e -> {
                ModuleContent.scrollTo(this, page.resumeAnchor());
                Notices.success(this, "module.resumed");
            });
        }
    }

    private HorizontalLayout footer(ModulePage page) {
        HorizontalLayout footer = new HorizontalLayout();
        footer.addClassName("kefu-reader-footer");
        footer.setAlignItems(FlexComponent.Alignment.CENTER);
        if (page.previousKey() != null) {
            Button previous = new Button(getTranslation("module.previous"), VaadinIcon.ARROW_LEFT.create(),
                    e -> getUI().ifPresent(ui -> ui.navigate(ModuleReaderView.class, page.previousKey())));
            previous.setId("module-previous");
            footer.add(previous);
        }
        if (trainee && page.module().kind() == PageKind.MODULE) {
            if (page.completed()) {
                footer.add(doneBadge());
            } else {
                Button complete = new Button(getTranslation("module.mark-complete"), VaadinIcon.CHECK.create());
                complete.setId("module-complete");
                complete.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
                complete.addClickListener(e -> {
                    reportReading();
                    curriculum.complete(key);
                    footer.replace(complete, doneBadge());
                    Notices.success(this, "module.completed-notice", title);
                });
                footer.add(complete);
            }
        }
        if (page.nextKey() != null) {
            Button next = new Button(getTranslation("module.next"), VaadinIcon.ARROW_RIGHT.create(),
                    e -> getUI().ifPresent(ui -> ui.navigate(ModuleReaderView.class, page.nextKey())));
            next.setIconAfterText(true);
            next.setId("module-next");
            footer.add(next);
        }
        return footer;
    }

    private Paragraph doneBadge() {
        Paragraph done = new Paragraph(getTranslation("module.done"));
        done.setId("module-done");
        done.addClassName("kefu-badge-ok");
        return done;
    }

    @Override
    protected void onAttach(AttachEvent event) {
        super.onAttach(event);
        if (trainee && key != null) {
            // Report the section in view after scrolling stops, and the reading time every minute.
            getElement().executeJs("""
                    const view = this;
                    const current = () => {
                      let id = null;
                      view.querySelectorAll('#module-content [id^="sec-"]').forEach(h => {
                        if (h.getBoundingClientRect().top < 120) { id = h.id; }
                      });
                      return id;
                    };
                    const report = () => {
                      if (!view.isConnected) {
                        document.removeEventListener('scroll', view.kefuScroll, true);
                        clearInterval(view.kefuBeat);
                        return;
                      }
                      view.$server.reading(current());
                    };
                    let timer = null;
                    view.kefuScroll = () => { clearTimeout(timer); timer = setTimeout(report, 1500); };
                    document.addEventListener('scroll', view.kefuScroll, true);
                    view.kefuBeat = setInterval(report, 60000);
                    """);
        }
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (trainee && key != null) {
            reportReading();
        }
        super.onDetach(event);
    }

    @ClientCallable
    void reading(String anchor) {
        if (anchor != null) {
            lastAnchor = anchor;
        }
        reportReading();
    }

    private void reportReading() {
        if (!trainee || key == null || lastReport == null) {
            return;
        }
        Instant now = clock.instant();
        int seconds = (int) Math.min(Duration.between(lastReport, now).toSeconds(), Integer.MAX_VALUE);
        lastReport = now;
        curriculum.recordReading(key, seconds, lastAnchor);
    }

    @Override
    public String getPageTitle() {
        return title + " · " + getTranslation("app.name");
    }
}
