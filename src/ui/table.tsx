// A data table with the app's table styles; its caption and headers are the caller's.
import type { ComponentPropsWithRef } from 'react';
import './table.css';

export function Table({ className, ...table }: ComponentPropsWithRef<'table'>) {
  return <table className={className ? `table ${className}` : 'table'} {...table} />;
}
