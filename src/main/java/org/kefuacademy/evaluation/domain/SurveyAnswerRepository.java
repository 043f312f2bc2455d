package org.kefuacademy.evaluation.domain;

import java.time.Instant;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface SurveyAnswerRepository extends JpaRepository<SurveyAnswer, Long> {

    List<SurveyAnswer> findByResponseIdOrderByQuestionNo(long responseId);

    List<SurveyAnswer> findByResponseIdInOrderByResponseIdAscQuestionNoAsc(List<Long> responseIds);

    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("delete from SurveyAnswer a where a.responseId = :response")
    void deleteByResponse(@Param("response") long responseId);

    /** How many times each score was given to each scale question of a cohort's week (one row per version, question, score). */
    @Query("""
            select r.templateVersionId as versionId, a.questionNo as questionNo, a.score as score, count(a) as answers
            from SurveyAnswer a join SurveyResponse r on r.id = a.responseId
            where r.cohortId = :cohort and r.weekNo = :week and a.score is not null
            group by r.templateVersionId, a.questionNo, a.score""")
    List<ScoreCount> scoreCounts(@Param("cohort") long cohortId, @Param("week") int week);

    interface ScoreCount {
        Long getVersionId();

        Integer getQuestionNo();

        Integer getScore();

        Long getAnswers();
    }

    /** The open answers of a cohort's week, a page at a time, by question. */
    @Query("""
            select r.accountId as accountId, r.templateVersionId as versionId, a.questionNo as questionNo,
                   a.answerText as text, r.updatedAt as answeredAt
            from SurveyAnswer a join SurveyResponse r on r.id = a.responseId
            where r.cohortId = :cohort and r.weekNo = :week and a.answerText is not null
            order by a.questionNo, r.updatedAt, a.id""")
    List<OpenText> openTexts(@Param("cohort") long cohortId, @Param("week") int week, Pageable page);

    @Query("""
            select count(a) from SurveyAnswer a join SurveyResponse r on r.id = a.responseId
            where r.cohortId = :cohort and r.weekNo = :week and a.answerText is not null""")
    long countOpenTexts(@Param("cohort") long cohortId, @Param("week") int week);

    interface OpenText {
        Long getAccountId();

        Long getVersionId();

        Integer getQuestionNo();

        String getText();

        Instant getAnsweredAt();
    }

    /** Blanks every open answer a person gave; scores stay for the aggregates. */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("""
            update SurveyAnswer a set a.answerText = null
            where a.responseId in (select r.id from SurveyResponse r where r.accountId = :account)""")
    int blankTextsOf(@Param("account") long accountId);
}
