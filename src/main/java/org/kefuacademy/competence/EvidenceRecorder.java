package org.kefuacademy.competence;

import java.time.Instant;
import org.kefuacademy.assessment.AnswerGraded;
import org.kefuacademy.competence.domain.Evidence;
import org.kefuacademy.competence.domain.EvidenceRepository;
import org.kefuacademy.observation.ObservationItemScored;
import org.kefuacademy.platform.Competence;
import org.kefuacademy.roleplay.RoleplayStepScored;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Fills the evidence ledger from other features' events (graded answers, role-play steps, observed items), in the same transaction as the grading or
 * scoring that published them (so a grade never exists without its evidence). A regrade or override
 * publishes again for the same source, which replaces the row.
 */
@Component
class EvidenceRecorder {
    static final String QUESTION = "QUESTION";
    static final String ROLEPLAY = "ROLEPLAY";
    static final String OBSERVATION = "OBSERVATION";

    private final EvidenceRepository evidence;

    EvidenceRecorder(EvidenceRepository evidence) {
        this.evidence = evidence;
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    public void answerGraded(AnswerGraded e) {
        String key = "answer:" + e.attemptId() + ":" + e.questionId();
        for (Competence c : e.competences()) {
            record(e.accountId(), c, QUESTION, key, e.assessmentKey() + " · " + e.questionId(), e.earned(), e.max(), e.gradedAt());
        }
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    public void roleplayStepScored(RoleplayStepScored e) {
        String key = "roleplay-step:" + e.stepId();
        java.util.Set<Competence> touched = new java.util.TreeSet<>(e.possible().keySet());
        touched.addAll(e.earned().keySet());
        for (Competence c : touched) {
            record(e.accountId(), c, ROLEPLAY, key, e.scenarioKey() + " #" + e.stepSeq(), e.earned().getOrDefault(c, 0),
                    e.possible().getOrDefault(c, 0), e.at());
        }
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    public void observationItemScored(ObservationItemScored e) {
        String key = "observation:" + e.observationId() + ":" + e.itemNo();
        for (Competence c : e.competences()) {
            record(e.accountId(), c, OBSERVATION, key, e.checklistKey() + " · " + e.itemText(), e.earned(), e.possible(), e.at());
        }
    }

    void record(long account, Competence c, String kind, String sourceKey, String label, double earned, double possible,
                Instant at) {
        Evidence row = evidence.findBySourceKeyAndCompetence(sourceKey, c.id())
                .orElseGet(() -> new Evidence(account, c.id(), kind, sourceKey));
        row.score(label, earned, possible, at);
        evidence.save(row);
    }
}
