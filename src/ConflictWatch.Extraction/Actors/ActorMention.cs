using ConflictWatch.Core;

namespace ConflictWatch.Extraction.Actors;

/// <summary>
/// An actor named or described in a sentence. <see cref="Actor"/> is set for registry actors;
/// descriptors carry a <see cref="Template"/> ("Military Forces of {country}") and, when the text
/// gives one ("Nigerien soldiers"), the demonym's country.
/// </summary>
public sealed record ActorMention(int Start, int End, string Text, ActorRole Role, Actor? Actor, string? Template, int Inter, string? CountryIso2);
