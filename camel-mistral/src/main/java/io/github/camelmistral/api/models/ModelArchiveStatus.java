package io.github.camelmistral.api.models;

/** The answer of archiving ({@code archived:true}) or unarchiving ({@code archived:false}) a fine-tuned model. */
public record ModelArchiveStatus(String id, String object, Boolean archived) {
}
