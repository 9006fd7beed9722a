package io.github.camelmistral.example;

/**
 * The structured-output step's answer: {@code mistral:chat?outputClass=...CityFacts} sends a JSON schema generated from
 * this record and returns the reply as an instance of it.
 */
public record CityFacts(String city, String country, long population, String knownFor) {
}
