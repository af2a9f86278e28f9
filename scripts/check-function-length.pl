#!/usr/bin/perl
# No function in src/ longer than 120 lines (issue 33): a function that long does several jobs,
# which then cannot be read, tested or changed one at a time. Functions are found as clang-format
# writes them here (.clang-format: a function's opening brace on a line of its own, at the
# function's indentation, in a class body too; control statements and lambdas open on their own
# line's end), so the check reads the formatted files given (sources and headers) and counts each
# body from its "{" line to the "}" at the same indentation, braces included. A bare block scope
# is counted the same way: one that long would be as hard to read.
# The migrations' SQL is text, not logic: the functions named in %exempt may be longer.
use strict;
use warnings;

my $limit = 120;
my %exempt = map { $_ => 1 } qw(
    src/core/store/Migrations.cpp:migrations
);

my @problems;
for my $file (@ARGV) {
    open(my $in, '<', $file) or die "$file: $!";
    my @lines = <$in>;
    close($in);
    my @open; # [indentation, first line, name] of the bodies still open
    for my $i (0 .. $#lines) {
        if ($lines[$i] =~ /^(\s*)\{\s*$/) {
            my $indent = $1;
            # The signature starts on a line before at the same indentation (an initializer
            # list is indented further): the name is what precedes its first "(".
            my $j = $i - 1;
            $j-- while $j > 0 && $lines[$j] !~ /^\Q$indent\E\S/;
            my ($name) = $lines[$j] =~ /([\w:~]+)\s*\(/;
            push @open, [$indent, $i, $name // '?'];
        } elsif (@open && $lines[$i] =~ /^(\s*)\}/ && $1 eq $open[-1][0]) {
            my ($indent, $start, $name) = @{pop @open};
            my $length = $i - $start + 1;
            (my $short = $name) =~ s/^.*:://;
            if ($length > $limit && !$exempt{"$file:$short"}) {
                push @problems, sprintf("%s:%d: %s tiene %d líneas (el límite es %d)",
                                        $file, $start + 1, $name, $length, $limit);
            }
        }
    }
}
if (@problems) {
    print STDERR "$_\n" for @problems;
    print STDERR scalar(@problems) . " funciones demasiado largas: divídalas en partes con nombre.\n";
    exit 1;
}
