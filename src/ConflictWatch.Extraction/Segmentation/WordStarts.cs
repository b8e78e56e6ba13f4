using System.Runtime.Intrinsics;

namespace ConflictWatch.Extraction.Segmentation;

/// <summary>
/// Where words begin (a letter or digit after anything else), 64 characters at a time as a bit
/// mask: vectorised for runs of ASCII, character by character (char.IsLetterOrDigit) where a run
/// holds anything else. A scanner that acts only at word starts then visits those and skips the
/// rest of the text without testing each character.
/// </summary>
public static class WordStarts
{
    /// <summary>
    /// Bit k set when a word starts at <paramref name="block"/> + k (k &lt; 64, within the text).
    /// <paramref name="previousIsWord"/> says whether the character before the block is a letter or
    /// digit, and is set for the next block.
    /// </summary>
    public static ulong Bits(string text, int block, ref bool previousIsWord)
    {
        var n = Math.Min(64, text.Length - block);
        var word = n == 64 && Vector256.IsHardwareAccelerated ? AsciiWordBits(text.AsSpan(block, 64)) : null;
        if (word is null)
        {
            var w = 0UL;
            for (var k = 0; k < n; k++)
            {
                var c = text[block + k];
                if (c < 128 ? char.IsAsciiLetterOrDigit(c) : char.IsLetterOrDigit(c))
                {
                    w |= 1UL << k;
                }
            }
            word = w;
        }
        var starts = word.Value & ~(word.Value << 1 | (previousIsWord ? 1UL : 0));
        previousIsWord = n > 0 && (word.Value >> (n - 1) & 1) != 0;
        return starts;
    }

    /// <summary>The letters and digits of 64 ASCII characters as bits; null when one of them is not ASCII.</summary>
    private static ulong? AsciiWordBits(ReadOnlySpan<char> chars)
    {
        var bits = 0UL;
        for (var part = 0; part < 4; part++)
        {
            var v = Vector256.Create(System.Runtime.InteropServices.MemoryMarshal.Cast<char, ushort>(chars.Slice(part * 16, 16)));
            if (Vector256.GreaterThanAny(v, Vector256.Create((ushort)127)))
            {
                return null;
            }
            var digit = Vector256.LessThanOrEqual(v - Vector256.Create((ushort)'0'), Vector256.Create((ushort)9));
            var letter = Vector256.LessThanOrEqual((v | Vector256.Create((ushort)0x20)) - Vector256.Create((ushort)'a'), Vector256.Create((ushort)25));
            bits |= (ulong)(digit | letter).ExtractMostSignificantBits() << (part * 16);
        }
        return bits;
    }
}
