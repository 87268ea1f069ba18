# %% [markdown]
# # My course report
#
# This notebook gathers your scores from **all** exercise notebooks of the course:
# the total, each module, each type of question, a chart, the questions you have not
# answered yet, and two files to hand in.
#
# | At a glance | Details |
# |---|---|
# | **When to use it** | at any time; run it again after each exercise notebook |
# | **Time needed** | one minute: menu *Run → Run All Cells* |
# | **What it reads** | the exercise notebooks in `exercises/` and your saved answers in `progress/` |
#
# **How your score is worked out.** The report does not trust the points written in
# your progress files. For each exercise notebook it rebuilds the questions, loads your
# saved answers and checks each one again against the answer key, exactly as the
# notebook does when you run it. So:
#
# * a notebook you never opened counts as *not started* (0 points, all questions open);
# * if a progress file is damaged, the course keeps it aside (renamed, nothing deleted),
#   starts a fresh one and tells you below, under *Notices*;
# * a restart of the kernel changes nothing: everything is read from the files.
#
# Written answers are scored by your instructor against the rubric, so they appear as
# "instructor" points: the report shows whether you submitted them.

# %%
from course import charts, report

charts.enable()
my_report = report.gather()      # re-checks every saved answer; takes a few seconds
print(my_report.headline())

# %% [markdown]
# **Notices.** If a progress file could not be read, or an exercise notebook could not
# be re-checked, it is said here (and in the *notice* column below).

# %% tags=["nbval-ignore-output"]
for line in my_report.notices() or ["No notices: every progress file could be read."]:
    print(line)

# %% [markdown]
# ## 1. Each module
#
# *status* is **not started** (no answer saved), **in progress** or **all answered**.
# *points* counts the automatically scored questions; the written answers are in the
# last column. A notice appears if a progress file had to be set aside.

# %% tags=["nbval-ignore-output"]
my_report.per_module()

# %% tags=["nbval-ignore-output"]
charts.show(my_report.chart(), source="your progress files, re-checked against the answer keys")

# %% [markdown]
# ## 2. Each type of question
#
# Which kinds of question have you mastered, and which need work? (Data and chart
# tasks are answered from code with `ex.check(...)`.)

# %% tags=["nbval-ignore-output"]
my_report.per_type()

# %% [markdown]
# ## 3. Still to do
#
# Every question without a saved answer, module by module. Open the exercise
# notebook, answer, press *Check*, and run this report again.

# %% tags=["nbval-ignore-output"]
my_report.unanswered()

# %% [markdown]
# ## 4. Hand in
#
# The next cell writes two files into your `progress/` folder:
#
# * `course_report.csv` — one row per question (module, type, status, attempts, points);
# * `course_report.json` — the same plus the totals and any notices.
#
# Hand them in together with your progress files if your instructor asks for them.
# On Binder, download them (right-click → *Download*) before you leave.

# %%
saved = my_report.export()
print("Saved", " and ".join(path.name for path in saved), "in your progress folder.")
