package org.kefuacademy.assessment;

/** A question with the bank it belongs to, for the trainers' question browser. */
public record BankQuestion(String bankKey, String bankTitle, Question question) {
}
