using Counterfactual.Model.Time;

namespace Counterfactual.Model.Tests.Time;

public sealed class CalendarTests
{
    [Theory]
    [InlineData(1941, 6, "1941-06")]
    [InlineData(1942, 1, "1942-01")]
    [InlineData(1945, 8, "1945-08")]
    [InlineData(1999, 12, "1999-12")] // the last label made once
    [InlineData(2000, 1, "2000-01")] // the first composed on each call
    [InlineData(2041, 11, "2041-11")]
    [InlineData(1941, 4, "1941-04")] // before the start (index -2)
    [InlineData(1939, 9, "1939-09")]
    public void Format_GivesIsoYearMonth(int year, int month, string expected) =>
        Assert.Equal(expected, Calendar.Format(Calendar.FromYearMonth(year, month)));

    [Fact]
    public void Format_Never_IsNever() => Assert.Equal("never", Calendar.Format(Calendar.Never));

    [Fact]
    public void Format_RoundTripsThroughTryParse_OnBothSidesOfTheMadeLabels()
    {
        for (var index = Calendar.FromYearMonth(1930, 1); index <= Calendar.FromYearMonth(2010, 12); index++)
        {
            if (index == Calendar.Never)
            {
                continue;
            }

            var text = Calendar.Format(index);
            Assert.True(Calendar.TryParse(text, out var parsed), text);
            Assert.Equal(index, parsed);
            Assert.Equal($"{Calendar.Year(index):D4}-{Calendar.MonthOfYear(index):D2}", text);
        }
    }

    [Fact]
    public void Format_SameMonthTwice_SameText() =>
        Assert.Equal(Calendar.Format(Calendar.DefaultHorizon), Calendar.Format(Calendar.DefaultHorizon));
}
