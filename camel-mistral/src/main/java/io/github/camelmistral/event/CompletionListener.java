package io.github.camelmistral.event;

/** Receives the completions of one API group; must return at once (it runs on the producer's thread). */
public interface CompletionListener {

    void onCompletion(CompletionEvent event);
}
