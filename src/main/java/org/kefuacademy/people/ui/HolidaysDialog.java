package org.kefuacademy.people.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Clock;
import java.time.LocalDate;
import org.kefuacademy.people.HolidayService;
import org.kefuacademy.people.domain.Holiday;
import org.kefuacademy.platform.UserFacingException;
import org.kefuacademy.platform.ui.Notices;

/** HR keeps the company holidays the training calendars skip (coming ones; past days stay as they were). */
class HolidaysDialog extends Dialog {
    final DatePicker date = new DatePicker();
    final TextField name = new TextField();
    final Grid<HolidayService.Entry> grid = new Grid<>();
    private final transient HolidayService holidays;
    private final transient Clock clock;
    private final transient Runnable onChange;

    HolidaysDialog(HolidayService holidays, Clock clock, Runnable onChange) {
        this.holidays = holidays;
        this.clock = clock;
        this.onChange = onChange;
        setHeaderTitle(getTranslation("holiday.title"));
        setWidth("min(560px, 95vw)");
        date.setLabel(getTranslation("holiday.date"));
        date.setId("holiday-date");
        date.setMin(LocalDate.now(clock).plusDays(1));
        name.setLabel(getTranslation("holiday.name"));
        name.setId("holiday-name");
        name.setMaxLength(Holiday.NAME_MAX_LENGTH);
        Button add = new Button(getTranslation("holiday.add"), VaadinIcon.PLUS.create(), e -> add());
        add.setId("holiday-add");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout row = new HorizontalLayout(date, name, add);
        row.setAlignItems(HorizontalLayout.Alignment.BASELINE);
        grid.setId("holiday-grid");
        grid.addColumn(HolidayService.Entry::date).setHeader(getTranslation("holiday.date")).setAutoWidth(true);
        grid.addColumn(HolidayService.Entry::name).setHeader(getTranslation("holiday.name")).setFlexGrow(1);
        grid.addComponentColumn(h -> {
            Button remove = new Button(VaadinIcon.TRASH.create(), e -> remove(h));
            remove.setId("holiday-remove-" + h.id());
            remove.setAriaLabel(getTranslation("holiday.remove"));
            remove.setEnabled(h.date().isAfter(LocalDate.now(clock)));
            return remove;
        }).setAutoWidth(true);
        grid.setAllRowsVisible(true);
        add(new Paragraph(getTranslation("holiday.help")), row, grid);
        getFooter().add(new Button(getTranslation("action.close"), e -> close()));
        refresh();
    }

    void add() {
        try {
            holidays.add(date.getValue(), name.getValue());
            date.clear();
            name.clear();
            changed();
        } catch (UserFacingException e) {
            Notices.refused(this, e);
        }
    }

    private void remove(HolidayService.Entry h) {
        try {
            holidays.remove(h.id());
            changed();
        } catch (UserFacingException e) {
            Notices.refused(this, e);
        }
    }

    private void changed() {
        Notices.success(this, "notice.saved");
        refresh();
        onChange.run();
    }

    private void refresh() {
        grid.setItems(holidays.from(LocalDate.now(clock).minusMonths(3)));
    }
}
