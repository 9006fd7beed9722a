package io.github.camelmistral.api.ocr;

import java.util.concurrent.CompletableFuture;

import io.github.camelmistral.api.MistralClient;
import io.github.camelmistral.api.MistralResponse;

/** Document AI: OCR of a document or image ({@code /v1/ocr}). */
public final class OcrApi {

    static final String OCR = "/v1/ocr";

    private final MistralClient client;

    public OcrApi(MistralClient client) {
        this.client = client;
    }

    public CompletableFuture<MistralResponse<OcrResponse>> process(OcrRequest request) {
        return client.post(OCR, request, OcrResponse.class);
    }
}
