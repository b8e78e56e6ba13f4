namespace ConflictWatch.Store.Import;

/// <summary>ISO 3166-1 numeric codes for countries UCDP names but does not number (it uses Gleditsch-Ward codes).</summary>
internal static class CountryCodes
{
    private static readonly Dictionary<string, int> Iso = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Mali"] = 466, ["Burkina Faso"] = 854, ["Niger"] = 562, ["Chad"] = 148, ["Mauritania"] = 478, ["Nigeria"] = 566,
        ["Benin"] = 204, ["Togo"] = 768, ["Ghana"] = 288, ["Senegal"] = 686, ["Cameroon"] = 120, ["Algeria"] = 12, ["Libya"] = 434,
        ["Ivory Coast"] = 384, ["Cote d'Ivoire"] = 384, ["Guinea"] = 324, ["Sudan"] = 729,
    };

    public static int Of(string country) => Iso.TryGetValue(country.Trim(), out var n) ? n : 0;
}
