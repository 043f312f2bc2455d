package org.kefuacademy.mentoring.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.RouteNotFoundError;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.kefuacademy.mentoring.MentorPair;
import org.kefuacademy.mentoring.SessionEntry;
import org.kefuacademy.people.AccountService;
import org.kefuacademy.people.AccountSummary;
import org.kefuacademy.platform.Role;
import org.kefuacademy.testsupport.DemoUiTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.test.context.support.WithUserDetails;

/** 师带徒 and 我的师傅 on the demo data: the mentor's mentees and log, HR's pairs and assignment, the trainee's confirmation. */
class MentoringViewTest extends DemoUiTest {
    @Autowired
    AccountService accounts;

    @Test
    @WithUserDetails("mentor.sun")
    void the_mentor_sees_her_two_mentees_and_logs_a_session() {
        navigate(MentoringView.class);
        Grid<MentorPair> mentees = grid("mentoring-mentees");
        assertThat(rows(mentees)).extracting(MentorPair::traineeName).containsExactlyInAnyOrder("李晓雯", "陈浩");
        assertThat(find(Grid.class).withId("mentoring-pairs").all()).isEmpty();
        int chen = IntStream.range(0, test(mentees).size()).filter(i -> test(mentees).getRow(i).traineeName().equals("陈浩")).findFirst().orElseThrow();
        long before = test(mentees).getRow(chen).sessions();
        test(mentees).clickRow(chen);
        Grid<SessionEntry> sessions = grid("mentoring-sessions");
        assertThat(rows(sessions)).extracting(SessionEntry::topic).anyMatch(t -> t.startsWith("报修派单"));

        test(find(Button.class).withId("session-save").single()).click();
        assertThat(lastNotification()).isEqualTo("请填写辅导主题");
        test(find(TextField.class).withId("session-topic").single()).setValue("电话接听：欠费咨询的答复");
        test(find(TextArea.class).withId("session-notes").single()).setValue("旁听他答复两位业主的物业费咨询，解释清楚、语气平和。");
        test(find(Button.class).withId("session-save").single()).click();

        assertThat(rows(sessions)).extracting(SessionEntry::topic).contains("电话接听：欠费咨询的答复");
        Grid<MentorPair> refreshed = grid("mentoring-mentees");
        assertThat(rows(refreshed)).filteredOn(p -> p.traineeName().equals("陈浩")).singleElement()
                .satisfies(p -> assertThat(p.sessions()).isEqualTo(before + 1));
    }

    @Test
    @WithUserDetails("hr.zhao")
    void hr_sees_every_pair_with_counts_and_assigns_a_mentor() {
        navigate(MentoringView.class);
        Grid<MentorPair> pairs = grid("mentoring-pairs");
        List<MentorPair> all = rows(pairs);
        assertThat(all).extracting(MentorPair::traineeName).contains("李晓雯", "陈浩", "周婷", "何佳怡");
        MentorPair graduate = all.stream().filter(p -> p.traineeName().equals("何佳怡")).findFirst().orElseThrow();
        assertThat(graduate.current()).isFalse();
        assertThat(graduate.sessions()).isEqualTo(4);
        assertThat(graduate.unconfirmed()).isZero();
        MentorPair li = all.stream().filter(p -> p.traineeName().equals("李晓雯")).findFirst().orElseThrow();
        assertThat(li.mentorName()).isEqualTo("孙丽华");

        test(pairs).clickRow(all.indexOf(graduate));
        assertThat(rows(this.<SessionEntry>grid("mentoring-sessions"))).hasSize(4).allMatch(SessionEntry::confirmed);
        assertThat(find(Button.class).withId("pair-end").all()).as("an ended pair cannot be ended again").isEmpty();
        test(pairs).clickRow(all.indexOf(li));
        assertThat(find(Button.class).withId("pair-end").all()).hasSize(1);

        AccountSummary wu = accounts.searchByRole(Role.TRAINEE, "trainee.wu", PageRequest.of(0, 1)).getFirst();
        AccountSummary wang = accounts.searchByRole(Role.TRAINER, "trainer.wang", PageRequest.of(0, 1)).getFirst();
        @SuppressWarnings("unchecked")
        ComboBox<AccountSummary> trainee = find(ComboBox.class).withId("assign-trainee").single();
        @SuppressWarnings("unchecked")
        ComboBox<AccountSummary> mentor = find(ComboBox.class).withId("assign-mentor").single();
        trainee.setValue(wu);
        mentor.setValue(wang);
        test(find(Button.class).withId("assign-save").single()).click();
        assertThat(lastNotification()).isEqualTo("王建国 已成为 吴俊杰 的师傅");
        assertThat(rows(pairs)).hasSize(all.size() + 1).first().satisfies(p -> {
            assertThat(p.traineeName()).isEqualTo("吴俊杰");
            assertThat(p.current()).isTrue();
        });
    }

    @Test
    @WithUserDetails("trainee.li")
    void the_trainee_sees_her_mentor_and_confirms_a_session() {
        navigate(MyMentorView.class);
        assertThat(find(Paragraph.class).withId("my-mentor-name").single().getText()).startsWith("你的师傅：孙丽华");
        Button confirm = find(Button.class).all().stream().filter(b -> b.getId().orElse("").startsWith("confirm-")).findFirst().orElseThrow();
        String id = confirm.getId().orElseThrow().substring("confirm-".length());
        test(confirm).click();
        assertThat(find(Paragraph.class).withId("session-state-" + id).single().getText()).startsWith("已确认");
        assertThat(find(Button.class).withId("confirm-" + id).all()).isEmpty();
    }

    @Test
    @WithUserDetails("trainee.zhou")
    void a_trainee_is_refused_the_staff_page_and_sees_her_own_mentor() {
        assertThat(navigate("mentoring", RouteNotFoundError.class)).isNotNull();
        navigate(MyMentorView.class);
        assertThat(find(Paragraph.class).withId("my-mentor-name").single().getText()).contains("王建国");
    }

    @SuppressWarnings("unchecked")
    private <T> Grid<T> grid(String id) {
        return find(Grid.class).withId(id).single();
    }

    private <T> List<T> rows(Grid<T> grid) {
        return IntStream.range(0, test(grid).size()).mapToObj(i -> test(grid).getRow(i)).toList();
    }

    private String lastNotification() {
        return find(Notification.class).all().getLast().getElement().getProperty("text", "");
    }
}
