using ConflictWatch.Extraction.Segmentation;

namespace ConflictWatch.Extraction.Tests.Segmentation;

/// <summary>The vectorised word starts are exactly the letters and digits (char.IsLetterOrDigit) that follow anything else.</summary>
public sealed class WordStartsTests
{
    [Fact]
    public void Word_starts_agree_with_a_character_by_character_reading()
    {
        const string alphabet = "aZ09 ,.-'’\n\téÉ٣\u212A_@[`{\u00A0";
        var rng = new Random(11);
        for (var n = 0; n < 5_000; n++)
        {
            var chars = new char[rng.Next(0, 300)];
            for (var k = 0; k < chars.Length; k++)
            {
                // long ASCII stretches too, so whole blocks take the vector path
                chars[k] = n % 2 == 0 ? alphabet[rng.Next(alphabet.Length)] : alphabet[rng.Next(9)];
            }
            var text = new string(chars);
            var expected = Enumerable.Range(0, text.Length).Where(i => char.IsLetterOrDigit(text[i]) && (i == 0 || !char.IsLetterOrDigit(text[i - 1]))).ToList();
            var found = new List<int>();
            var previous = false;
            for (var block = 0; block < text.Length; block += 64)
            {
                for (var bits = WordStarts.Bits(text, block, ref previous); bits != 0; bits &= bits - 1)
                {
                    found.Add(block + System.Numerics.BitOperations.TrailingZeroCount(bits));
                }
            }
            Assert.Equal(expected, found);
        }
    }
}
