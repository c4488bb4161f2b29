import { daysBetween } from '../../rules/dates'
import { OPEN_TRAINING_STATUSES, type TrainingPlan } from './model'

/*
 * When a training plan needs the officer. Derived from the plan's dates and status at the moment of
 * asking, never stored: closing a plan or moving its 完成期限 takes it off the list at once.
 */

/** Still under way (计划中 / 进行中). */
export const isOpen = (plan: Pick<TrainingPlan, 'status'>) => OPEN_TRAINING_STATUSES.includes(plan.status)

/** Days past the 完成期限: positive once it has passed, 0 on the day itself, negative before. */
export const daysOverdue = (plan: Pick<TrainingPlan, 'dueOn'>, today: string) => daysBetween(plan.dueOn, today)

/** Overdue: the 完成期限 has passed (the day itself still counts as in time) and the plan is not closed. */
export const isOverdue = (plan: Pick<TrainingPlan, 'status' | 'dueOn'>, today: string) => isOpen(plan) && daysOverdue(plan, today) > 0

/** Open and due within `withinDays` days from today (today included), or already overdue: for the home page. */
export const needsReminder = (plan: Pick<TrainingPlan, 'status' | 'dueOn'>, today: string, withinDays: number) => isOpen(plan) && daysOverdue(plan, today) >= -withinDays
