#!/usr/bin/perl
# User text is text: fails on any way the program could let Qt read a name, a school or a
# guide's text as markup. Qt renders a tooltip, a QLabel left at Qt::AutoText, a QMessageBox or
# QInputDialog's label, and QTextEdit::setText as rich text whenever the text looks like HTML
# (Qt::mightBeRichText), so:
#   - setToolTip()/setWhatsThis() take plainToolTip(…) or a fixed tr("…") (no .arg);
#   - a QLabel is made only by plainLabel() (src/app/PlainLabel.h), plain from birth;
#   - a QMessageBox built by hand is set to Qt::PlainText; the static helpers
#     (QMessageBox::warning…) and QInputDialog::get…() take a fixed tr("…") as their text;
#   - no setHtml()/insertHtml()/appendHtml(), no QTextEdit (QPlainTextEdit is plain);
#   - every QLabel in a Designer form (ui/*.ui) is Qt::PlainText.
# Reads the files named on the command line; prints each problem as file:line: what.
use strict;
use warnings;

my @problems;

sub line_of { my ($text, $offset) = @_; return (substr($text, 0, $offset) =~ tr/\n//) + 1; }

# The text between the parenthesis at $start - 1 and its partner.
sub arguments {
    my ($text, $start) = @_;
    my ($depth, $i, $quote) = (1, $start, '');
    while ($depth > 0 && $i < length($text)) {
        my $c = substr($text, $i++, 1);
        if ($quote) {
            if ($c eq '\\') { $i++; next; }
            $quote = '' if $c eq $quote;
            next;
        }
        if ($c eq '"' || $c eq "'") { $quote = $c; next; }
        $depth++ if $c eq '(';
        $depth-- if $c eq ')';
    }
    return substr($text, $start, $i - $start - 1);
}

# The arguments split at top-level commas.
sub split_arguments {
    my ($list) = @_;
    my @parts;
    my ($current, $depth, $quote) = (q{}, 0, q{});
    for (my $i = 0; $i < length($list); $i++) {
        my $c = substr($list, $i, 1);
        if ($quote) {
            $current .= $c;
            if ($c eq '\\') { $current .= substr($list, ++$i, 1); next; }
            $quote = '' if $c eq $quote;
            next;
        }
        if ($c eq '"' || $c eq "'") { $quote = $c; }
        elsif ($c eq '(' || $c eq '{' || $c eq '[') { $depth++; }
        elsif ($c eq ')' || $c eq '}' || $c eq ']') { $depth--; }
        elsif ($c eq ',' && $depth == 0) { push @parts, $current; $current = ''; next; }
        $current .= $c;
    }
    push @parts, $current;
    s/^\s+|\s+$//g for @parts;
    return @parts;
}

# One tr() of string literals and nothing else: no .arg(), no "+ name", no tr(variable).
sub fixed_text
{
    my ($argument) = @_;
    my $literal = qr/"(?:[^"\\]|\\.)*"/s;
    return $argument =~ /^(\w+::)?tr\(\s*$literal(?:\s*$literal)*\s*(?:,\s*"[^"]*"\s*)?\)$/s;
}

# One call of the given function and nothing after it: "plainToolTip(a) + b" is not plain.
sub whole_call
{
    my ($argument, $function) = @_;
    return 0 unless $argument =~ /^\Q$function\E\(/;
    my $inside = arguments($argument, length($function) + 1);
    return length($function) + 1 + length($inside) + 1 == length($argument);
}

for my $file (@ARGV) {
    open(my $handle, '<', $file) or die "$file: $!";
    local $/;
    my $text = <$handle>;
    close $handle;
    # Comments may name what they warn about; blank them, keeping the line numbers.
    $text =~ s{^([ \t]*)//[^\n]*}{$1}gm;
    my $complain = sub { my ($offset, $what) = @_; push @problems, "$file:" . line_of($text, $offset) . ": $what"; };

    if ($file =~ /\.ui$/) {
        while ($text =~ /<widget class="QLabel" name="(\w+)">(.*?)<\/widget>/gs) {
            $complain->($-[0], "QLabel $1 sin textFormat Qt::PlainText")
                unless $2 =~ /<property name="textFormat">\s*<enum>Qt::PlainText<\/enum>/;
        }
        next;
    }

    while ($text =~ /\b(setToolTip|setWhatsThis)\(/g) {
        my $argument = arguments($text, pos($text));
        $argument =~ s/^\s+//;
        $argument =~ s/\s+$//;
        next if whole_call($argument, 'plainToolTip') || fixed_text($argument);
        $complain->($-[0], "$1($argument) sin plainToolTip()");
    }
    if ($file !~ m{(^|/)PlainLabel\.h$}) {
        while ($text =~ /\bnew\s+QLabel\b|\bQLabel\s+\w+\s*[({;]/g) {
            $complain->($-[0], 'QLabel hecho fuera de plainLabel()');
        }
    }
    while ($text =~ /\b(QMessageBox::(?:question|warning|critical|information|about)|QInputDialog::get\w+)\(/g) {
        my @parts = split_arguments(arguments($text, pos($text)));
        my $shown = $parts[2] // '';
        $complain->($-[0], "$1 con texto variable ($shown): use Messages") unless fixed_text($shown);
    }
    while ($text =~ /\bQMessageBox\s+(\w+)\s*[({;]|\b(\w+)\s*=\s*new\s+QMessageBox\b/g) {
        my ($name, $at) = ($1 // $2, $-[0]);
        $complain->($at, "QMessageBox $name sin setTextFormat(Qt::PlainText)")
            unless $text =~ /\b\Q$name\E(\.|->)setTextFormat\(Qt::PlainText\)/;
    }
    while ($text =~ /\b(setHtml|insertHtml|appendHtml)\(|\bQTextEdit\b/g) {
        $complain->($-[0], ($1 // 'QTextEdit') . ': el texto del usuario se muestra como texto');
    }
}

if (@problems) {
    print STDERR "Texto del usuario que Qt podría leer como HTML:\n", map { "$_\n" } @problems;
    exit 1;
}
